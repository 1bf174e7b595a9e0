import { COLLAB_CLOSE } from '../../shared/codes.js';

/**
 * How a collaborative document's connection stands, as its screen tells it:
 * - `connecting`: not synced yet;
 * - `synced`: in step with the server;
 * - `offline`: the connection is down; edits wait on this device and go out when it is back;
 * - `refused`: the server does not (or no longer) let this link open the document;
 * - `rejected`: the server refused a change from this device (too long, too many, a broken rule).
 * The last two are final until the page is reloaded. Framework-free, so it is tested without a
 * browser.
 */
export type CollabStatus = 'connecting' | 'synced' | 'offline' | 'refused' | 'rejected';

/** What happens to a connection: the provider's events, and the browser losing its network. */
export type CollabEvent =
  | { kind: 'synced' }
  | { kind: 'disconnected' }
  | { kind: 'network-lost' }
  | { kind: 'closed'; code: number | undefined };

/** Refused or rejected: the document does not connect again until the page is reloaded. */
export function isStopped(status: CollabStatus): boolean {
  return status === 'refused' || status === 'rejected';
}

/**
 * What a close code means for the screen:
 * - 4401 (no such link) and 4403 (no right to this document): `refused`;
 * - 4422 (a change broke the document's rules): `rejected`, since sending it again would be
 *   refused again;
 * - 4400 (a bad frame), 4429 (sent too fast), a dropped network, or a connection that never
 *   opened: `offline`, and the provider tries again with its back-off.
 *
 * @example closeStatus(4403) === 'refused'
 */
export function closeStatus(code: number | undefined): CollabStatus {
  if (code === COLLAB_CLOSE.unauthorised || code === COLLAB_CLOSE.forbidden) return 'refused';
  if (code === COLLAB_CLOSE.rejected) return 'rejected';
  return 'offline';
}

/** The status after `event`; a stopped document stays as it is. */
export function nextStatus(status: CollabStatus, event: CollabEvent): CollabStatus {
  if (isStopped(status)) return status;
  if (event.kind === 'synced') return 'synced';
  if (event.kind === 'closed') return closeStatus(event.code);
  return 'offline';
}
