/**
 * A sign-up that reaches its retention date is deleted by the retention job; the werkgroep
 * member's link stops working with it, and what they had open is closed at that moment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  onCleanup,
  refusedSocket,
} from '../helpers/integration/helpers.js';
import { ok, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import { signupInput, tokenOf } from '../helpers/integration/signup-helpers.js';
import { createMeeting, joinMeeting, startServer } from '../helpers/server.js';
import { openSyncedDoc } from '../helpers/integration/helpers.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';

afterEach(cleanUp);

describe('an expired sign-up', () => {
  it('loses its werkgroep the moment the retention job deletes it', async () => {
    let now = Date.UTC(2026, 11, 1, 19, 0);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-wg-retention-'));
    const server = await startServer({ dataDir, clock: () => now });
    onCleanup(async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const created = await createMeeting(server.url);
    const regie = await connectSocket(server.url, created.facilitatorToken);
    const theme = await publishedTheme(regie, themeInput('Groen en spelen'));
    const { key } = await joinMeeting(server.url, created.meeting.joinCode);
    const attendee = await connectSocket(server.url, key);
    ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
    const signup = ok(await attendee.emitWithAck('signup:create', signupInput(theme.id)));
    const token = tokenOf(signup.link);
    const group = ok(await regie.emitWithAck('workingGroup:create', { themeId: theme.id }));

    const member = await connectSocket(server.url, token);
    const plan = await openSyncedDoc(server.url, created.meeting.id, token, {
      kind: `plan/${group.id}`,
    });
    const planClosed = closed(plan.provider.ws as never);
    const dropped = once<string>(member, 'disconnect');

    // Nothing has expired yet: the run deletes nothing and closes nothing.
    expect(await server.app.retention.runNow()).toBe(0);
    expect(member.connected).toBe(true);

    now = signup.signup.retainUntil + 1;
    expect(await server.app.retention.runNow()).toBe(1);
    expect(await dropped).toBe('io server disconnect');
    expect((await planClosed).code).toBe(COLLAB_CLOSE.unauthorised);
    plan.provider.destroy();
    expect((await refusedSocket(server.url, token)).message).toBe('UNAUTHORISED');
  });
});
