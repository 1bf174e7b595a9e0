/**
 * Personal data is deleted when its retention date passes: when the server starts, and on each
 * run of the retention job after that. The clock is injected so the test chooses the moment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, connectSocket, onCleanup } from '../helpers/integration/helpers.js';
import { ok, publishedTheme, themeInput } from '../helpers/integration/evening.js';
import {
  otherMeeting,
  signupInput,
  tokenOf,
  withToken,
} from '../helpers/integration/signup-helpers.js';
import { createMeeting, joinMeeting, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { startRetentionJob } from '../../server/services/retention.js';
import { createSqliteStore } from '../../server/store/sqlite/index.js';
import { createDocRewriter } from '../../server/collab/doc-rewriter.js';
import { RoomRegistry } from '../../server/collab/room-registry.js';
import { DocRoom } from '../../server/collab/doc-room.js';
import { findPersonalData } from '../../shared/anonymise.js';
import { RETENTION_DEFAULTS } from '../../shared/model.js';
import type { Logger } from '../../server/logger.js';
import type { CreatedSignup } from '../../shared/protocol.js';

afterEach(cleanUp);

const MONTH = 31 * 86_400_000;

/** A logger that keeps what it is told, to check what the job writes down. */
function recordingLogger(): Logger & { lines: { message: string; fields?: object }[] } {
  const lines: { message: string; fields?: object }[] = [];
  const keep = (message: string, fields?: object) => void lines.push({ message, fields });
  return { lines, debug: keep, info: keep, warn: keep, error: keep };
}

describe('the retention job', () => {
  it('deletes exactly the sign-ups whose date has passed, at start and on each run', async () => {
    let now = Date.UTC(2026, 11, 1, 19, 0);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-retention-'));
    let server: TestServer | null = null;
    const start = async () => (server = await startServer({ dataDir, clock: () => now }));
    const stop = async () => {
      await server?.stop();
      server = null;
    };
    onCleanup(async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const first = await start();
    const created = await createMeeting(first.url);
    const regie = await connectSocket(first.url, created.facilitatorToken);
    const groen = await publishedTheme(regie, themeInput('Groen en spelen'));
    const other = await otherMeeting(first);
    const verkeer = await publishedTheme(other.regie, themeInput('Verkeer'));
    const signUp = async (code: string, themeId: string, name: string) => {
      const { key } = await joinMeeting(first.url, code);
      const socket = await connectSocket(first.url, key);
      return ok(await socket.emitWithAck('signup:create', signupInput(themeId, { name })));
    };
    const otherCode = (await first.app.services.meetings.view(other.meetingId)).joinCode;
    // People sign up in phase `signup` (the server's phase rule), in both meetings.
    ok(await regie.emitWithAck('phase:set', { phase: 'signup' }));
    ok(await other.regie.emitWithAck('phase:set', { phase: 'signup' }));

    // Anna signs up tonight, Chris a day later for another meeting, Bert three months later.
    const anna = await signUp(created.meeting.joinCode, groen.id, 'Anna');
    now += 86_400_000;
    const chris = await signUp(otherCode, verkeer.id, 'Chris');
    now += 3 * MONTH;
    const bert = await signUp(created.meeting.joinCode, groen.id, 'Bert');
    expect(anna.signup.retainUntil).toBe(Date.UTC(2027, 11, 1, 19, 0));
    expect(chris.signup.retainUntil).toBe(Date.UTC(2027, 11, 2, 19, 0));

    /** Whose personal link still finds their sign-up. */
    const kept = async () => {
      const url = server!.url;
      const found = async (s: CreatedSignup) =>
        (await withToken(url, '/signup', tokenOf(s.link))).status === 200;
      const entries = [anna, bert, chris].map(async (s) => [s.signup.name, await found(s)]);
      return Object.fromEntries(await Promise.all(entries)) as Record<string, boolean>;
    };

    // A moment before Anna's date the server restarts: nothing has expired yet.
    await stop();
    now = anna.signup.retainUntil - 1;
    await start();
    expect(await kept()).toEqual({ Anna: true, Bert: true, Chris: true });

    // At her date exactly, the run at start deletes hers and no other.
    await stop();
    now = anna.signup.retainUntil;
    await start();
    expect(await kept()).toEqual({ Anna: false, Bert: true, Chris: true });
    const regieAgain = await connectSocket(server!.url, created.facilitatorToken);
    expect(ok(await regieAgain.emitWithAck('signup:list', {}))).toEqual([bert.signup]);
    expect(ok(await regieAgain.emitWithAck('signup:counts', {}))).toEqual({ [groen.id]: 1 });

    // The hourly run, at a chosen time: Chris's date has passed, Bert's has not.
    const store = createSqliteStore(server!.dbFile);
    onCleanup(() => store.close());
    const logger = recordingLogger();
    const job = startRetentionJob({
      store,
      clock: () => now,
      logger,
      months: RETENTION_DEFAULTS,
      findFlags: findPersonalData,
      docs: createDocRewriter(new RoomRegistry((name) => DocRoom.load(name, store, logger))),
    });
    onCleanup(() => job.stop());
    now = chris.signup.retainUntil + 1;
    expect(await job.runNow()).toBe(1);
    expect(await job.runNow()).toBe(0);
    expect(await kept()).toEqual({ Anna: false, Bert: true, Chris: false });
    // The log says how many, never whose.
    expect(logger.lines).toEqual([{ message: 'expired sign-ups deleted', fields: { count: 1 } }]);
  });
});
