import type { CreatedSignup } from '../../shared/protocol.js';
import { safeStorage } from './storage.js';

/**
 * A sign-up made on this phone, as far as the phone keeps it: which werkgroep, the personal
 * link and the retention date. Name and contact details are not kept; the link shows them.
 */
export interface KeptSignup {
  signupId: string;
  themeId: string;
  link: string;
  retainUntil: number;
}

const keyName = (meetingId: string) => `buurtkracht.signups.${meetingId}`;

/** The sign-ups made on this phone for a meeting, oldest first; [] when none or unreadable. */
export function loadKeptSignups(meetingId: string): KeptSignup[] {
  try {
    const parsed: unknown = JSON.parse(safeStorage()?.getItem(keyName(meetingId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isKeptSignup) : [];
  } catch {
    return [];
  }
}

/** Adds a new sign-up to this phone's list and returns the list as stored. */
export function keepSignup(meetingId: string, created: CreatedSignup): KeptSignup[] {
  const kept: KeptSignup = {
    signupId: created.signup.id,
    themeId: created.signup.themeId,
    link: created.link,
    retainUntil: created.signup.retainUntil,
  };
  const list = [...loadKeptSignups(meetingId).filter((s) => s.signupId !== kept.signupId), kept];
  try {
    safeStorage()?.setItem(keyName(meetingId), JSON.stringify(list));
  } catch {
    // A full or blocked storage only costs the reload; the link is on screen now.
  }
  return list;
}

function isKeptSignup(value: unknown): value is KeptSignup {
  const v = value as Partial<KeptSignup> | null;
  return (
    typeof v?.signupId === 'string' &&
    typeof v.themeId === 'string' &&
    typeof v.link === 'string' &&
    typeof v.retainUntil === 'number'
  );
}
