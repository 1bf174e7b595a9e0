// Temporary placeholder while the anonymiser is being written (issue 4); the contract is final.
export const FLAG_CLASSES = ['name', 'address', 'postcode', 'phone', 'email', 'url', 'birthdate', 'age', 'iban', 'bsn', 'plate', 'house'] as const;
export type FlagClass = (typeof FLAG_CLASSES)[number];
export interface Flag {
  class: FlagClass;
  start: number;
  end: number;
  text: string;
  suggestion: string;
}
export function findPersonalData(text: string): Flag[] {
  void text;
  return [];
}
export function applySuggestions(text: string, flags: readonly Flag[]): string {
  let out = '';
  let at = 0;
  for (const flag of [...flags].sort((a, b) => a.start - b.start)) {
    if (flag.start < at) continue;
    out += text.slice(at, flag.start) + flag.suggestion;
    at = flag.end;
  }
  return out + text.slice(at);
}
