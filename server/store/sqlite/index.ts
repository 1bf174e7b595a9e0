import Database from 'better-sqlite3';
import type { Store } from '../store.js';
import { migrate } from './schema.js';
import { meetingQueries } from './meetings.js';
import { participantQueries } from './participants.js';
import { themeQueries } from './themes.js';
import { additionQueries } from './additions.js';
import { docQueries } from './docs.js';
import { preferenceQueries } from './preferences.js';
import { subgroupQueries } from './subgroups.js';
import { signupQueries } from './signups.js';
import { followUpQueries } from './follow-up.js';
import { agreementQueries } from './agreements.js';
import { returnMeetingQueries } from './return-meetings.js';
import { retentionQueries } from './retention.js';
import { conversationQueries } from './conversations.js';

/**
 * The embedded default store: one SQLite file, created and migrated on open.
 * better-sqlite3 is synchronous, so a resolved promise means the write is committed.
 */
export function createSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Deleted rows (erased sign-ups, replaced document logs) are overwritten with zeros, not just
  // unlinked: personal data that was deleted must not stay readable in the file.
  db.pragma('secure_delete = ON');
  migrate(db);
  return {
    ...meetingQueries(db),
    ...participantQueries(db),
    ...themeQueries(db),
    ...additionQueries(db),
    ...docQueries(db),
    ...preferenceQueries(db),
    ...subgroupQueries(db),
    ...signupQueries(db),
    ...followUpQueries(db),
    ...agreementQueries(db),
    ...returnMeetingQueries(db),
    ...conversationQueries(db),
    ...retentionQueries(db),
    async close() {
      db.close();
    },
  };
}
