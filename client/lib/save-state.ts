import type { CollabStatus } from './collab-status.js';

/** Where someone's writing in a shared document stands, as one status line tells it. */
export type SaveState = 'refused' | 'offline' | 'rejected' | 'connecting' | 'sending' | 'saved';

/**
 * The line's state from the document's connection and whether this device holds changes the
 * server has not confirmed as stored.
 * @example saveState('synced', true) === 'sending'
 */
export function saveState(status: CollabStatus, unsent: boolean): SaveState {
  if (status === 'rejected' || status === 'offline' || status === 'connecting') return status;
  if (status === 'refused') return 'rejected';
  return unsent ? 'sending' : 'saved';
}
