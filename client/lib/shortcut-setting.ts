import { safeStorage } from './storage.js';

const KEY = 'buurtkracht.moderationShortcuts';

/** Whether the moderation list's one-key shortcuts are on; on unless switched off here. */
export function readShortcutsOn(): boolean {
  try {
    return safeStorage()?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function storeShortcutsOn(on: boolean): void {
  try {
    safeStorage()?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage full or refused: the switch still works for this visit.
  }
}
