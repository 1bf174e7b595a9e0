/** Words for a duration where the browser's Intl cannot say it (very old phones). */
export interface DurationWords {
  minute: readonly [one: string, many: string];
  second: readonly [one: string, many: string];
  and: string;
}

/**
 * A timer's rest as a screen reader should say it: "1 minuut en 51 seconden", "2 minuten",
 * "1 seconde". Intl knows each language's singular and plural; the catalogue's own words are
 * the fallback for browsers without unit formatting. A zero part is left out, except "0 seconden".
 */
export function spokenDuration(
  locale: string,
  minutes: number,
  seconds: number,
  words: DurationWords,
): string {
  const parts: [number, 'minute' | 'second'][] = [];
  if (minutes > 0) parts.push([minutes, 'minute']);
  if (seconds > 0 || minutes === 0) parts.push([seconds, 'second']);
  try {
    const said = parts.map(([n, unit]) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n),
    );
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(said);
  } catch {
    const said = parts.map(([n, unit]) => `${n} ${words[unit][n === 1 ? 0 : 1]}`);
    return said.join(` ${words.and} `);
  }
}
