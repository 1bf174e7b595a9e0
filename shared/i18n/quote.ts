/**
 * A button's label as a message quotes it: "Toch publiceren…" is quoted as „Toch publiceren”.
 * The ellipsis on a button only says "asks first"; inside a sentence it reads as a typo.
 */
export function label(text: string): string {
  return text.replace(/…$/, '');
}
