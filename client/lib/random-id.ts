/**
 * Random, URL-safe ids made on the device (notes, additions, questions), so something written
 * offline already has the id the server will know it by.
 *
 * @example randomId(15) → "q3V9_kL0aZ-81xYb2mNc" (4 url-safe characters per 3 bytes)
 */
export function randomId(bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...random))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
