import { describe, expect, it } from 'vitest';
import { closeStatus, isStopped, nextStatus } from '../../../client/lib/collab-status.js';
import type { CollabEvent, CollabStatus } from '../../../client/lib/collab-status.js';
import { COLLAB_CLOSE } from '../../../shared/codes.js';

const closed = (code: number | undefined): CollabEvent => ({ kind: 'closed', code });

describe("what a document's screen says about its connection", () => {
  it('says "refused" for a link that does not, or no longer, open the document', () => {
    expect(closeStatus(COLLAB_CLOSE.unauthorised)).toBe('refused');
    expect(closeStatus(COLLAB_CLOSE.forbidden)).toBe('refused');
  });

  it('says "rejected" when the server refused a change from this device', () => {
    expect(closeStatus(COLLAB_CLOSE.rejected)).toBe('rejected');
  });

  it('says "offline" and tries again after a bad frame, sending too fast or a lost network', () => {
    expect(closeStatus(COLLAB_CLOSE.badMessage)).toBe('offline');
    expect(closeStatus(COLLAB_CLOSE.tooFast)).toBe('offline');
    expect(closeStatus(1006)).toBe('offline');
    expect(closeStatus(undefined)).toBe('offline');
  });

  it('goes from connecting to synced, offline when the network drops, and synced again', () => {
    const events: CollabEvent[] = [
      { kind: 'synced' },
      { kind: 'network-lost' },
      { kind: 'synced' },
      { kind: 'disconnected' },
      closed(1006),
      { kind: 'synced' },
    ];
    const seen: CollabStatus[] = [];
    events.reduce<CollabStatus>((status, event) => {
      const next = nextStatus(status, event);
      seen.push(next);
      return next;
    }, 'connecting');
    expect(seen).toEqual(['synced', 'offline', 'synced', 'offline', 'offline', 'synced']);
  });

  it('stays refused or rejected until the page is reloaded, whatever happens next', () => {
    for (const code of [COLLAB_CLOSE.unauthorised, COLLAB_CLOSE.rejected]) {
      const stopped = nextStatus('synced', closed(code));
      expect(isStopped(stopped)).toBe(true);
      for (const event of [{ kind: 'synced' }, { kind: 'network-lost' }, closed(1006)] as const) {
        expect(nextStatus(stopped, event)).toBe(stopped);
      }
    }
    expect(isStopped('offline')).toBe(false);
  });
});
