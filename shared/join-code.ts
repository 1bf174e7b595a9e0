/**
 * Join codes: six characters a 80-year-old can read aloud and type. The alphabet leaves out
 * characters that look alike (0/O, 1/I/L) and vowels that would let the code spell words.
 */
export const JOIN_CODE_ALPHABET = '23456789BCDFGHJKMNPQRSTVWXZ';
export const JOIN_CODE_LENGTH = 6;
export const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * Turns what a person typed into the canonical code: upper case, no spaces, dots or dashes.
 * @example normaliseJoinCode(' k7m-4qx ') === 'K7M4QX'
 */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-.]/g, '');
}

/** Shows a code in two groups of three, as on the projector: "K7M-4QX". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/**
 * Draws a random code from the alphabet using the given source of random bytes.
 * Rejection sampling keeps every character equally likely.
 */
export function generateJoinCode(randomBytes: (n: number) => Uint8Array): string {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}
