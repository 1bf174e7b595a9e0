import pg from 'pg';
import type { PoolClient, QueryResultRow } from 'pg';

/**
 * What every query module gets: a pool, and a way to run several statements as one transaction
 * on one connection. Modules never hold state of their own, so any number of nodes can share a
 * database: what must happen together happens inside PostgreSQL, not in a process's queue.
 */
export interface Db {
  pool: pg.Pool;
  /** Runs `work` in a transaction (READ COMMITTED); commits when it resolves, rolls back if not. */
  transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T>;
  /** The rows of one statement. */
  rows<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** The first row of one statement, or null. */
  row<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<R | null>;
  /** How many rows one statement changed. */
  changes(sql: string, params?: unknown[]): Promise<number>;
}

const INT8 = 20;

/**
 * Epoch milliseconds and counts are BIGINT; node-postgres hands those over as strings unless told
 * otherwise. Every value we keep is far below 2^53, so a number is exact.
 */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 && format !== 'binary') return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export function createDb(connectionString: string): Db {
  const pool = new pg.Pool({
    connectionString,
    types: TYPES,
    // A database out of reach (a dropped network, not a refused connection) must fail a write
    // within seconds, so the caller answers with an error or a room sends its clients away,
    // instead of everything waiting on a socket that never answers.
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    keepAlive: true,
  });
  // An idle connection that breaks (PostgreSQL restarted) is dropped from the pool; without a
  // listener the error would end the process.
  pool.on('error', () => {});
  return {
    pool,
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is closed rather than handed out again.
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async rows<R extends QueryResultRow>(sql: string, params?: unknown[]) {
      return (await pool.query<R>(sql, params)).rows;
    },
    async row<R extends QueryResultRow>(sql: string, params?: unknown[]) {
      return (await pool.query<R>(sql, params)).rows[0] ?? null;
    },
    async changes(sql, params) {
      return (await pool.query(sql, params)).rowCount ?? 0;
    },
  };
}
