/**
 * A writer whose connection dies while it sends: what it sent into the dying connection never
 * arrived, and its next edits build on it. After the reconnect they must be taken and
 * acknowledged, not refused: the writer's answer to the server's sync request carries what was
 * lost. (Found as a flaky failover test: a Regie screen's notes stayed "not yet received"
 * forever once the server refused such an edit with 4422, which makes a screen stop.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createMeeting } from '../helpers/server.js';
import { cleanUp, openSyncedDoc, useServer } from '../helpers/integration/helpers.js';
import { StoredAckWriter } from '../helpers/integration/failover.js';
import { readNotes } from '../../shared/docs.js';

afterEach(cleanUp);

describe('a writer reconnects after its connection died mid-send', () => {
  it('takes and acknowledges edits that build on one lost with the old connection', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const meetingId = created.meeting.id;
    // The network under the writer's connections: while `losing`, what it sends never arrives.
    let losing = false;
    class LossySocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        const send = this.send.bind(this) as (...sent: unknown[]) => void;
        this.send = ((...sent: unknown[]) => {
          if (!losing) send(...sent);
        }) as WebSocket['send'];
      }
    }
    const writer = new StoredAckWriter(
      server.url,
      meetingId,
      created.facilitatorToken,
      'w',
      LossySocket,
    );
    const closes: (number | undefined)[] = [];
    writer.opened.provider.on('connection-close', (event: CloseEvent | null) =>
      closes.push(event?.code),
    );
    await writer.synced();
    const first = writer.add();
    await writer.allAcknowledged();

    // A note goes into a connection that is dying: it never reaches the server.
    losing = true;
    const lost = writer.add();
    writer.opened.provider.ws!.close();
    losing = false;
    // The next note is written the moment the new connection opens, as a fast typist's would
    // be: it goes out before the server's sync request has reached the screen, and it builds
    // on the lost one, which the server has not got.
    const reopened = new Promise<string>((resolve) => {
      const onStatus = ({ status }: { status: string }) => {
        if (status !== 'connected') return;
        writer.opened.provider.off('status', onStatus);
        queueMicrotask(() => resolve(writer.add()));
      };
      writer.opened.provider.on('status', onStatus);
    });
    const next = await reopened;

    await writer.allAcknowledged();
    expect(writer.acknowledged()).toEqual([first, lost, next]);
    expect(writer.opened.provider.shouldConnect).toBe(true);
    expect(closes).toHaveLength(1);
    const fresh = await openSyncedDoc(server.url, meetingId, created.facilitatorToken);
    expect(readNotes(fresh.doc).map((n) => n.id)).toEqual([first, lost, next]);
  });
});
