/**
 * Reading the database files as bytes: what a person with a copy of the data folder could find,
 * beyond what any screen shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { TestServer } from '../server.js';

/** The SQLite file and its write-ahead log, as they are on disk now. */
export function databaseBytes(server: Pick<TestServer, 'dbFile'>): Buffer {
  const files = [server.dbFile, `${server.dbFile}-wal`].filter((file) => existsSync(file));
  return Buffer.concat(files.map((file) => readFileSync(file)));
}

/** Which of `texts` occur, as UTF-8, in the database files. */
export function tracesIn(server: Pick<TestServer, 'dbFile'>, texts: string[]): string[] {
  const bytes = databaseBytes(server);
  return texts.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
}
