/**
 * Issue 10, item 2: the Beamer's token is kept only as its hash, like every other token. The
 * Regie makes a new Beamer link to show one again; the old link stops working at once and the
 * screens open with it close. An older database's readable Beamer tokens are invalidated on
 * upgrade and leave no trace in the file.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting } from '../helpers/server.js';
import { createSqliteStore } from '../../server/store/sqlite/index.js';
import {
  cleanUp,
  closed,
  connectSocket,
  once,
  rawCollab,
  refusedSocket,
  useServer,
} from '../helpers/integration/helpers.js';
import { ok, phone, refusal, roundTrip } from '../helpers/integration/evening.js';
import { migrate, READABLE_BEAMER_TOKENS_VERSION } from '../../server/store/sqlite/schema.js';
import { hashToken, newToken } from '../../server/services/tokens.js';
import { COLLAB_CLOSE } from '../../shared/protocol.js';

afterEach(cleanUp);

/** Every byte SQLite keeps for the store: the file and its write-ahead log. */
function databaseBytes(dbFile: string): string {
  return [dbFile, `${dbFile}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('');
}

describe('the Beamer link', () => {
  it('is kept only as a hash: not in the store, not in the database file, not told to the Regie', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const regie = await connectSocket(server.url, created.facilitatorToken);
    const session = ok(await regie.emitWithAck('session:sync', {}));
    expect(session).not.toHaveProperty('projectorToken');
    expect(JSON.stringify(session)).not.toContain(created.projectorToken);

    // The store as the server reads it, through a second connection to the same file.
    const store = createSqliteStore(server.dbFile);
    const stored = await store.getMeeting(created.meeting.id);
    await store.close();
    expect(stored).not.toHaveProperty('projectorToken');
    expect(JSON.stringify(stored)).not.toContain(created.projectorToken);
    expect(stored?.projectorTokenHash).toBe(hashToken(created.projectorToken));
    expect(databaseBytes(server.dbFile)).not.toContain(created.projectorToken);

    // A new one is shown to the Regie that asked, once, and is not stored readable either.
    const { projectorToken } = ok(await regie.emitWithAck('beamer:reissue', {}));
    expect(projectorToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(databaseBytes(server.dbFile)).not.toContain(projectorToken);
    expect(ok(await regie.emitWithAck('session:sync', {}))).not.toHaveProperty('projectorToken');
  });

  it('made anew by the Regie: the old link stops working and open Beamer screens close', async () => {
    const server = await useServer();
    const created = await createMeeting(server.url);
    const regie = await connectSocket(server.url, created.facilitatorToken);
    const oldBeamer = await connectSocket(server.url, created.projectorToken);
    const oldBoard = rawCollab(server.url, created.meeting.id, created.projectorToken);
    await once(oldBoard, 'open');
    const hall = await phone({ server, joinCode: created.meeting.joinCode });
    let others = 0;
    for (const socket of [regie, hall.socket]) socket.on('disconnect', () => others++);

    const beamerGone = once<string>(oldBeamer, 'disconnect');
    const boardGone = closed(oldBoard);
    const { projectorToken } = ok(await regie.emitWithAck('beamer:reissue', {}));
    expect(projectorToken).not.toBe(created.projectorToken);
    expect(await beamerGone).toBe('io server disconnect');
    expect((await boardGone).code).toBe(COLLAB_CLOSE.unauthorised);
    expect((await refusedSocket(server.url, created.projectorToken)).message).toBe('UNAUTHORISED');
    const refusedBoard = rawCollab(server.url, created.meeting.id, created.projectorToken);
    expect((await closed(refusedBoard)).code).toBe(COLLAB_CLOSE.unauthorised);

    // The new link opens the Beamer; the Regie and the phones stayed connected.
    const beamer = await connectSocket(server.url, projectorToken);
    expect(ok(await beamer.emitWithAck('session:sync', {}))).toMatchObject({
      role: 'projector',
      meeting: { id: created.meeting.id },
    });
    await Promise.all([regie, hall.socket].map(roundTrip));
    expect(others).toBe(0);
    // Only the Regie makes one: not the Beamer, not a phone.
    expect(refusal(await beamer.emitWithAck('beamer:reissue', {}))).toBe('FORBIDDEN');
    expect(refusal(await hall.socket.emitWithAck('beamer:reissue', {}))).toBe('FORBIDDEN');
  });

  it('of an older database is invalidated on upgrade, leaving no readable trace in the file', async () => {
    // A file as the release before this one left it: the Beamer token readable next to its hash.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-upgrade-'));
    const dbFile = path.join(dataDir, 'buurtkracht.sqlite');
    const facilitatorToken = newToken();
    const projectorToken = newToken();
    const old = new Database(dbFile);
    old.pragma('journal_mode = WAL');
    migrate(old, READABLE_BEAMER_TOKENS_VERSION);
    old
      .prepare(
        `INSERT INTO meetings (id, name, date, place, join_code, phase, timer,
           facilitator_token_hash, projector_token_hash, projector_token, created_at)
         VALUES ('oldmeeting00000000000', 'Wijkavond', '2026-01-10', 'Dorpshuis', 'ABCDEF',
           'lobby', '{"state":"idle"}', ?, ?, ?, 0)`,
      )
      .run(hashToken(facilitatorToken), hashToken(projectorToken), projectorToken);
    old.close();
    expect(databaseBytes(dbFile)).toContain(projectorToken);

    const server = await useServer({ dataDir });
    expect(databaseBytes(dbFile)).not.toContain(projectorToken);
    // Copied before the upgrade or not: the old Beamer link opens nothing.
    expect((await refusedSocket(server.url, projectorToken)).message).toBe('UNAUTHORISED');
    expect(await server.app.services.meetings.resolveToken(projectorToken)).toBeNull();

    // The Regie's link still works, and its new Beamer link does.
    const regie = await connectSocket(server.url, facilitatorToken);
    expect(ok(await regie.emitWithAck('session:sync', {})).meeting.id).toBe(
      'oldmeeting00000000000',
    );
    const fresh = ok(await regie.emitWithAck('beamer:reissue', {})).projectorToken;
    const beamer = await connectSocket(server.url, fresh);
    expect(ok(await beamer.emitWithAck('session:sync', {})).role).toBe('projector');
  });
});
