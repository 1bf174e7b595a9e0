import type Database from 'better-sqlite3';
import type { DocStore } from '../store.js';

/**
 * Yjs documents as an append log of updates. better-sqlite3 is synchronous, so when a call
 * returns the update is committed (WAL) and survives a crash of the process.
 */
export function docQueries(db: Database.Database): DocStore {
  const q = {
    load: db.prepare<[string], { data: Buffer }>(
      'SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq',
    ),
    append: db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)'),
    count: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?',
    ),
    rows: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq',
    ),
    remove: db.prepare('DELETE FROM doc_updates WHERE seq = ?'),
  };

  const append = db.transaction((doc: string, update: Uint8Array) => {
    q.append.run(doc, Buffer.from(update));
    return q.count.get(doc)?.n ?? 0;
  });

  // One synchronous transaction: nothing else writes the file while it runs.
  const compact = db.transaction((doc: string, merge: (log: Uint8Array[]) => Uint8Array) => {
    const rows = q.rows.all(doc);
    if (rows.length === 0) return;
    const snapshot = merge(rows.map((row) => new Uint8Array(row.data)));
    for (const row of rows) q.remove.run(row.seq);
    q.append.run(doc, Buffer.from(snapshot));
  });

  return {
    async loadDocUpdates(docName) {
      return q.load.all(docName).map((row) => new Uint8Array(row.data));
    },
    async appendDocUpdate(docName, update) {
      return append(docName, update);
    },
    async compactDoc(docName, merge) {
      compact(docName, merge);
    },
  };
}
