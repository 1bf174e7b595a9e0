/**
 * What only a shared PostgreSQL database has to get right beyond the contract suite: several
 * nodes opening and writing it at once, erased rows gone from its files, and a restart of the
 * database server.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../server/store/postgres/index.js';
import { SCHEMA_VERSION } from '../../server/store/postgres/schema.js';
import type { Store } from '../../server/store/store.js';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.js';
import { agreement, meeting, returnMeeting } from './fixtures.js';

let cluster: PostgresCluster;
const opened: Store[] = [];

beforeAll(async () => {
  cluster = await startPostgres();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  await cluster?.stop();
});

/** `count` nodes' stores on one new database, opened at the same moment. */
async function nodes(count: number): Promise<{ url: string; stores: Store[] }> {
  const url = await cluster.createDatabase();
  const stores = await Promise.all(Array.from({ length: count }, () => createPostgresStore(url)));
  opened.push(...stores);
  return { url, stores };
}

async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL store shared by several nodes', () => {
  it('migrates once when four nodes start on an empty database at once', async () => {
    const { url } = await nodes(4);
    expect(await sql(url, 'SELECT version FROM store_schema')).toEqual([
      { version: SCHEMA_VERSION },
    ]);
  });

  it('refuses a database that a newer release migrated further', async () => {
    const { url } = await nodes(1);
    await sql(url, `UPDATE store_schema SET version = ${SCHEMA_VERSION + 1}`);
    await expect(createPostgresStore(url)).rejects.toThrow(/newer than this release/);
  });

  it('numbers phones joining on two nodes at once without a gap or a double', async () => {
    const { stores } = await nodes(2);
    await stores[0].insertMeeting(meeting());
    const joined = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stores[i % 2].insertParticipant({
          id: `p${i}`,
          meetingId: 'meeting-1',
          keyHash: `k${i}`,
          joinedAt: i,
          hostId: null,
        }),
      ),
    );
    const numbers = joined.map((p) => p.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('keeps a review’s status when an afspraak is reviewed on both nodes at once', async () => {
    const { stores } = await nodes(2);
    await stores[0].insertMeeting(meeting());
    await returnMeeting(stores[0], 'return-1');
    await returnMeeting(stores[0], 'return-2');
    await stores[0].saveAgreement(agreement());
    const review = { agreementId: 'agreement-1', note: '', at: 1 };
    await Promise.all([
      stores[0].saveAgreementReview({ ...review, meetingId: 'return-1', outcome: 'ongoing' }),
      stores[1].saveAgreementReview({ ...review, meetingId: 'return-2', outcome: 'done' }),
    ]);
    const reviews = [
      ...(await stores[1].listAgreementReviews('return-1')),
      ...(await stores[1].listAgreementReviews('return-2')),
    ];
    expect(reviews).toHaveLength(2);
    const status = (await stores[1].getAgreement('agreement-1'))?.status;
    expect(['ongoing', 'done']).toContain(status);
  });

  it('sees on one node what another node appended to a document', async () => {
    const { stores } = await nodes(2);
    const counts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        stores[i % 2].appendDocUpdate('m/canvas/g', new Uint8Array([i])),
      ),
    );
    // Appends committing at the same moment do not see each other: a count is what the log held
    // when that append committed, at most all of them.
    expect(counts.every((count) => count >= 1 && count <= 20)).toBe(true);
    const bytes = (await stores[1].loadDocUpdates('m/canvas/g')).map((update) => update[0]);
    expect(bytes.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('PostgreSQL store: erasure and restarts', () => {
  /** Whether `text` occurs in the current file of `table`, after a checkpoint wrote it out. */
  async function inTableFile(url: string, table: string, text: string): Promise<boolean> {
    await sql(url, 'CHECKPOINT');
    const [{ path }] = await sql<{ path: string }>(
      url,
      `SELECT pg_relation_filepath('${table}') AS path`,
    );
    return (await readFile(join(cluster.dataDir, path))).includes(Buffer.from(text, 'utf8'));
  }

  it('leaves no erased sign-up in the table’s file after purgeErased', async () => {
    const { url, stores } = await nodes(1);
    const [store] = stores;
    await store.insertMeeting(meeting());
    for (let i = 0; i < 40; i++) {
      await store.insertSignup({
        id: `s${i}`,
        meetingId: 'meeting-1',
        themeId: 't',
        name: `Voornaam${i} Achternaam`,
        email: `persoon${i}@example.nl`,
        phone: '0612345678',
        consents: { contact: true, shareName: false, news: false },
        tokenHash: `h${i}`,
        createdAt: 0,
        // Every other one expires: the survivors share pages with the erased rows.
        retainUntil: i % 2 ? 5 : 50,
      });
    }
    expect(await store.deleteExpiredSignups(10)).toBe(20);
    // A DELETE alone leaves the row in the file: this is what purgeErased must fix.
    expect(await inTableFile(url, 'signups', 'Voornaam39 Achternaam')).toBe(true);
    await store.purgeErased();
    for (let i = 1; i < 40; i += 2) {
      expect(await inTableFile(url, 'signups', `Voornaam${i} Achternaam`)).toBe(false);
    }
    expect(await inTableFile(url, 'signups', 'Voornaam38 Achternaam')).toBe(true);
  });

  it('keeps every acknowledged write across a database restart and works again after', async () => {
    const { stores } = await nodes(1);
    const [store] = stores;
    for (let i = 0; i < 10; i++) await store.appendDocUpdate('doc', new Uint8Array([i]));
    await cluster.restart();
    // The pool's idle connections died with the server: the first query may fail clearly,
    // then the pool connects anew.
    await store.loadDocUpdates('doc').catch(() => []);
    expect(await store.loadDocUpdates('doc')).toHaveLength(10);
    expect(await store.appendDocUpdate('doc', new Uint8Array([10]))).toBe(11);
  });
});
