import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ORGANISER_TOKEN, createMeeting, joinMeeting } from '../helpers/server.js';
import {
  cleanUp,
  connectSocket,
  flush,
  onCleanup,
  openSyncedDoc,
} from '../helpers/integration/helpers.js';
import { addNote, readNotes } from '../../shared/docs.js';
import type { SessionInfo } from '../../shared/protocol.js';

afterEach(cleanUp);

const ROOT = path.resolve(import.meta.dirname, '../..');
type Child = ChildProcessByStdio<null, Readable, Readable>;
const children = new Set<Child>();

/** Whatever happens in a test, no server process outlives the file. */
afterAll(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/**
 * Runs the real entry point, `server/main.ts`, as its own process. Node loads tsx itself
 * (`--import tsx`) rather than through the `npx tsx` wrapper, so the SIGTERM the test sends
 * reaches the server directly. Resolves with the URL once the 'listening' log line names the port.
 */
async function runServer(dataDir: string): Promise<{ url: string; child: Child }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ORGANISER_TOKEN,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  child.stdout.resume();
  let log = '';
  let partial = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const entry = parseLogLine(line);
        if (entry?.msg === 'listening' && typeof entry.port === 'number') {
          clearTimeout(timer);
          resolve(entry.port);
        }
      }
    });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function parseLogLine(line: string): { msg?: string; port?: unknown } | null {
  try {
    return JSON.parse(line) as { msg?: string; port?: unknown };
  } catch {
    return null; // not a log line (e.g. a warning printed by Node itself)
  }
}

/** Sends SIGTERM and resolves with the exit code once the process has gone. */
function terminate(child: Child): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('the server process', () => {
  // Two cold starts of the real process: allow for a busy machine.
  it(
    'stops cleanly on SIGTERM and comes back with the meeting, its phase and its board',
    { timeout: 60_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'buurtkracht-process-'));
      onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));

      const first = await runServer(dataDir);
      const created = await createMeeting(first.url);
      const phone = await joinMeeting(first.url, created.meeting.joinCode);
      const facilitator = await connectSocket(first.url, created.facilitatorToken);
      expect(await facilitator.emitWithAck('phase:set', { phase: 'choose' })).toMatchObject({
        ok: true,
      });
      const board = await openSyncedDoc(first.url, created.meeting.id, created.facilitatorToken);
      addNote(board.doc, {
        id: 'w1',
        text: 'Werkgroep groen',
        x: 0.3,
        y: 0.3,
        createdAt: 1,
      });
      await flush(board.provider);

      expect(await terminate(first.child)).toBe(0);
      board.provider.disconnect();
      facilitator.disconnect();

      const second = await runServer(dataDir);
      const regie = await connectSocket(second.url, created.facilitatorToken);
      const session = (await regie.emitWithAck('session:sync', {})) as {
        ok: true;
        data: SessionInfo;
      };
      expect(session.data.meeting).toMatchObject({
        phase: 'choose',
        attendeeCount: 1,
      });
      const projector = await openSyncedDoc(second.url, created.meeting.id, created.projectorToken);
      expect(readNotes(projector.doc).map((n) => n.text)).toEqual(['Werkgroep groen']);
      expect(await joinMeeting(second.url, created.meeting.joinCode, phone.key)).toMatchObject({
        participantNumber: 1,
      });

      expect(await terminate(second.child)).toBe(0);
    },
  );
});
