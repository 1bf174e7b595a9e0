import type { Store } from '../store.js';
import { createDb } from './db.js';
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
 * The store for several nodes: one PostgreSQL database (`DATABASE_URL`), migrated on open. Every
 * method resolves after its statement or transaction committed; nothing is cached in the process,
 * so any number of nodes can share the database.
 */
export async function createPostgresStore(connectionString: string): Promise<Store> {
  const db = createDb(connectionString);
  try {
    await migrate(db);
  } catch (error) {
    await db.pool.end();
    throw error;
  }
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
      await db.pool.end();
    },
  };
}
