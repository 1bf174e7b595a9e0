import type { DocStore } from '../store.js';
import type { Db } from './db.js';

/**
 * Yjs documents as an append log of updates. A call resolves once its transaction committed, so
 * an acknowledged update survives the loss of this process and of the database server (with the
 * default synchronous_commit = on).
 */
export function docQueries(db: Db): DocStore {
  return {
    async loadDocUpdates(docName) {
      const rows = await db.rows<{ data: Buffer }>(
        'SELECT data FROM doc_updates WHERE doc = $1 ORDER BY seq',
        [docName],
      );
      return rows.map((row) => new Uint8Array(row.data));
    },
    async appendDocUpdate(docName, update) {
      // One statement: the count is taken from the snapshot before the insert, plus this row.
      const row = await db.row<{ n: number }>(
        `WITH appended AS (INSERT INTO doc_updates (doc, data) VALUES ($1, $2) RETURNING seq)
         SELECT (SELECT COUNT(*) FROM doc_updates WHERE doc = $1) + 1 AS n FROM appended`,
        [docName, Buffer.from(update)],
      );
      return row!.n;
    },
    async compactDoc(docName, merge) {
      // One compaction per document at a time (a lock per name, held until commit). Rows that
      // commit after the SELECT are not among those deleted: sequence numbers are handed out at
      // insert, not in commit order, so a range delete could drop a row this merge never saw.
      await db.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [docName]);
        const { rows } = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM doc_updates WHERE doc = $1 ORDER BY seq',
          [docName],
        );
        if (rows.length === 0) return;
        const snapshot = merge(rows.map((row) => new Uint8Array(row.data)));
        await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq = ANY($2::bigint[])', [
          docName,
          rows.map((row) => row.seq),
        ]);
        await client.query('INSERT INTO doc_updates (doc, data) VALUES ($1, $2)', [
          docName,
          Buffer.from(snapshot),
        ]);
      });
    },
  };
}
