import { safeStorage } from './storage.js';

/**
 * The random key that makes this phone the same anonymous participant after a reload.
 * Kept per meeting code on the phone only; it identifies nobody outside this meeting.
 */
const keyName = (code: string) => `buurtkracht.key.${code}`;

export function loadAttendeeKey(code: string): string | undefined {
  return safeStorage()?.getItem(keyName(code)) ?? undefined;
}

export function saveAttendeeKey(code: string, key: string): void {
  safeStorage()?.setItem(keyName(code), key);
}
