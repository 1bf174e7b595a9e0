/**
 * The Store contract suite runs every test on each back end: SQLite in memory, and PostgreSQL on
 * a cluster this test file starts for itself. A test file wraps its tests in
 * `describe.each(BACKENDS)` and calls `useStore` once inside it.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import pg from 'pg';
import { createSqliteStore } from '../../server/store/sqlite/index.js';
import { createPostgresStore } from '../../server/store/postgres/index.js';
import type { Store } from '../../server/store/store.js';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.js';

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** Empties every table but the schema version, so each test starts as on a new database. */
async function emptyTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables
       WHERE schemaname = 'public' AND tablename <> 'store_schema'`,
    );
    // DELETE rather than TRUNCATE: on tables this small it is many times faster.
    await client.query(rows.map((row) => `DELETE FROM ${row.name};`).join('\n'));
  } finally {
    await client.end();
  }
}

export interface StoreFixture {
  /** The store of the running test, fresh and empty. */
  store(): Store;
  /** Another store on the same data, as a second node would open it (PostgreSQL only). */
  openAnother(): Promise<Store>;
}

/** A fresh, empty store for every test on `backend`, closed after it. */
export function useStore(backend: Backend): StoreFixture {
  let cluster: PostgresCluster | undefined;
  let url = '';
  let current: Store | undefined;
  const others: Store[] = [];

  if (backend === 'postgres') {
    beforeAll(async () => {
      cluster = await startPostgres();
      url = await cluster.createDatabase();
    });
    afterAll(async () => {
      await cluster?.stop();
    });
  }

  beforeEach(async () => {
    if (backend === 'sqlite') {
      current = createSqliteStore(':memory:');
      return;
    }
    current = await createPostgresStore(url);
    await emptyTables(url);
  });

  afterEach(async () => {
    await Promise.all([current, ...others.splice(0)].map((store) => store?.close()));
    current = undefined;
  });

  return {
    store() {
      if (!current) throw new Error('no store: call store() inside a test');
      return current;
    },
    async openAnother() {
      if (backend !== 'postgres') throw new Error('only a PostgreSQL store is shared by nodes');
      const store = await createPostgresStore(url);
      others.push(store);
      return store;
    },
  };
}
