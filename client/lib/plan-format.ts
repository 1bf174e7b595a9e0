import type { Locale } from '../../shared/i18n/index.js';
import type { FellowMember } from '../../shared/model-follow-up.js';
import type { workingGroupNl } from '../../shared/i18n/workingGroup.nl.js';
import { LOCALE_TAGS, LONG_DAY, dayText } from './meeting-date.js';

type Texts = typeof workingGroupNl;

/**
 * A date in a plan ('YYYY-MM-DD') as people write it: "1 maart 2027". Read at noon UTC and shown
 * in UTC, so no time zone moves it to another day; '' stays ''.
 */
export function planDate(date: string, locale: Locale): string {
  return dayText(date, locale, LONG_DAY);
}

/** A moment (epoch ms) as a day in this browser's time zone: "1 maart 2027". */
export function planDay(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], LONG_DAY).format(new Date(time));
}

/** Today in this browser's time zone as 'YYYY-MM-DD', for a new werkgroep meeting. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Ans (u), Piet en 3 anderen": the person themselves first, then the names others agreed to
 * share; everyone else only counted, so nobody's name shows without their consent.
 */
export function memberLine(members: FellowMember[], t: Texts): string {
  const me = members.find((member) => member.isMe);
  const named = members
    .filter((member) => !member.isMe && member.name !== null)
    .map((member) => member.name ?? '');
  const others = members.filter((member) => !member.isMe && member.name === null).length;
  const first = me ? [me.name === null ? t.you : t.me(me.name)] : [];
  const line = t.members([...first, ...named], others);
  return line.charAt(0).toUpperCase() + line.slice(1);
}
