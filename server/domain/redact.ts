import type { FlagFinder } from './themes.js';

/**
 * A name found in lower case is far more often an ordinary word that is also a name ("groen
 * erin", "ik mark het") than a person; in unmoderated notes it is left alone.
 */
function isLikelyPerson(flag: { class: string; text: string }): boolean {
  return flag.class !== 'name' || /^\p{Lu}/u.test(flag.text);
}

/**
 * Replaces what the anonymiser finds in a text with its suggestion ("[naam]", "Een bewoner",
 * "[telefoonnummer]"). For free text nobody moderated, such as the notes of a table, before it
 * goes into the results and the report. Overlapping findings keep the first.
 * @example redact('Kees belt 06 12345678', find) === '[naam] belt [telefoonnummer]'
 */
export function redact(text: string, find: FlagFinder): string {
  const flags = find(text)
    .filter(isLikelyPerson)
    .sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const flag of flags) {
    if (flag.start < at) continue;
    result += text.slice(at, flag.start) + flag.suggestion;
    at = flag.end;
  }
  return result + text.slice(at);
}
