import type { Db } from './db.js';

/** Text compares and sorts byte by byte, as in SQLite, whatever the database's locale. */
const TEXT = 'TEXT COLLATE "C"';

/** Order of insertion, for ties where SQLite falls back on its rowid. */
const SEQ = 'seq BIGINT GENERATED ALWAYS AS IDENTITY';

/**
 * Schema migrations, applied in order; `store_schema.version` records how far a database has
 * come. The first is the whole schema of the SQLite store as it stands (server/store/sqlite/
 * schema.ts); later changes are appended here, never edited in place.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meetings (
     id ${TEXT} PRIMARY KEY,
     name ${TEXT} NOT NULL,
     date ${TEXT} NOT NULL,
     place ${TEXT} NOT NULL,
     join_code ${TEXT} NOT NULL UNIQUE,
     phase ${TEXT} NOT NULL,
     timer JSONB NOT NULL,
     focus_theme_id ${TEXT},
     message JSONB,
     grouping_state ${TEXT} NOT NULL DEFAULT 'none',
     grouping_meta JSONB,
     kind ${TEXT} NOT NULL DEFAULT 'neighbourhood',
     origin_meeting_id ${TEXT} REFERENCES meetings(id) ON DELETE CASCADE,
     leader_id ${TEXT},
     joining_closed BOOLEAN NOT NULL DEFAULT false,
     facilitator_token_hash ${TEXT} NOT NULL UNIQUE,
     projector_token_hash ${TEXT} NOT NULL UNIQUE,
     created_at BIGINT NOT NULL
   );
   CREATE INDEX meetings_by_origin ON meetings (origin_meeting_id, date);
   CREATE TABLE participants (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     number INTEGER NOT NULL,
     key_hash ${TEXT} NOT NULL UNIQUE,
     joined_at BIGINT NOT NULL,
     host_id ${TEXT},
     UNIQUE (meeting_id, number)
   );
   CREATE INDEX participants_by_host ON participants (host_id);
   CREATE TABLE table_hosts (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     label ${TEXT} NOT NULL,
     token_hash ${TEXT} NOT NULL UNIQUE,
     created_at BIGINT NOT NULL
   );
   CREATE TABLE doc_updates (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     doc ${TEXT} NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);
   CREATE TABLE themes (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     data JSONB NOT NULL,
     ${SEQ}
   );
   CREATE INDEX themes_by_meeting ON themes (meeting_id, position);
   CREATE TABLE votes (
     theme_id ${TEXT} NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
     participant_id ${TEXT} NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     meeting_id ${TEXT} NOT NULL,
     answer ${TEXT} NOT NULL,
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (theme_id, participant_id)
   );
   CREATE TABLE additions (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id ${TEXT} NOT NULL,
     created_at BIGINT NOT NULL,
     data JSONB NOT NULL,
     ${SEQ}
   );
   CREATE INDEX additions_by_meeting ON additions (meeting_id, created_at);
   CREATE TABLE preferences (
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id ${TEXT} NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     first_theme_id ${TEXT},
     second_theme_id ${TEXT},
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (meeting_id, participant_id)
   );
   CREATE TABLE subgroups (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     theme_id ${TEXT} NOT NULL,
     suffix ${TEXT} NOT NULL,
     table_number INTEGER NOT NULL,
     table_name ${TEXT} NOT NULL DEFAULT ''
   );
   CREATE INDEX subgroups_by_meeting ON subgroups (meeting_id, table_number);
   CREATE TABLE subgroup_members (
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id ${TEXT} NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     subgroup_id ${TEXT} NOT NULL REFERENCES subgroups(id) ON DELETE CASCADE,
     display_name ${TEXT} NOT NULL DEFAULT '',
     PRIMARY KEY (meeting_id, participant_id)
   );
   CREATE INDEX subgroup_members_by_group ON subgroup_members (subgroup_id);
   CREATE TABLE signups (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     theme_id ${TEXT} NOT NULL,
     name ${TEXT} NOT NULL,
     email ${TEXT} NOT NULL,
     phone ${TEXT} NOT NULL,
     consents JSONB NOT NULL,
     token_hash ${TEXT} NOT NULL UNIQUE,
     created_at BIGINT NOT NULL,
     retain_until BIGINT NOT NULL
   );
   CREATE INDEX signups_by_meeting ON signups (meeting_id, theme_id);
   CREATE INDEX signups_by_expiry ON signups (retain_until);
   CREATE TABLE core_group_members (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     name ${TEXT} NOT NULL,
     token_hash ${TEXT} NOT NULL UNIQUE,
     created_at BIGINT NOT NULL,
     revoked_at BIGINT
   );
   CREATE INDEX core_group_by_meeting ON core_group_members (meeting_id, created_at);
   CREATE TABLE working_groups (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     theme_id ${TEXT} NOT NULL,
     title ${TEXT} NOT NULL,
     created_at BIGINT NOT NULL,
     ready_at BIGINT,
     UNIQUE (meeting_id, theme_id)
   );
   CREATE TABLE agendas (
     meeting_id ${TEXT} PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
     data JSONB NOT NULL
   );
   CREATE TABLE plan_snapshots (
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     working_group_id ${TEXT} NOT NULL,
     taken_at BIGINT NOT NULL,
     data JSONB NOT NULL,
     PRIMARY KEY (meeting_id, working_group_id)
   );
   CREATE TABLE questions (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id ${TEXT} NOT NULL,
     created_at BIGINT NOT NULL,
     data JSONB NOT NULL,
     ${SEQ}
   );
   CREATE INDEX questions_by_meeting ON questions (meeting_id, created_at);
   CREATE TABLE agreements (
     id ${TEXT} PRIMARY KEY,
     origin_meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     made_at_meeting_id ${TEXT} NOT NULL,
     created_at BIGINT NOT NULL,
     data JSONB NOT NULL,
     ${SEQ}
   );
   CREATE INDEX agreements_by_origin ON agreements (origin_meeting_id, created_at);
   CREATE TABLE agreement_reviews (
     agreement_id ${TEXT} NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     outcome ${TEXT} NOT NULL,
     note ${TEXT} NOT NULL,
     at BIGINT NOT NULL,
     PRIMARY KEY (agreement_id, meeting_id)
   );
   CREATE TABLE retention_applied (
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     kind ${TEXT} NOT NULL,
     at BIGINT NOT NULL,
     PRIMARY KEY (meeting_id, kind)
   );`,
  // Step 2 of the method: small-group conversations the kopgroep plans, each with the hash of
  // its gespreksleider's current link (none once revoked).
  `CREATE TABLE conversations (
     id ${TEXT} PRIMARY KEY,
     meeting_id ${TEXT} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     group_name ${TEXT} NOT NULL,
     place ${TEXT} NOT NULL,
     date ${TEXT} NOT NULL,
     time ${TEXT} NOT NULL,
     leader ${TEXT} NOT NULL,
     question ${TEXT} NOT NULL,
     created_at BIGINT NOT NULL,
     token_hash ${TEXT} UNIQUE,
     link_issued_at BIGINT,
     revoked_at BIGINT
   );
   CREATE INDEX conversations_by_meeting ON conversations (meeting_id, date, time);`,
];

/** The latest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Any fixed number works as long as nothing else in the database takes the same advisory lock;
 * this one spells "buurt" in ASCII.
 */
const MIGRATION_LOCK = 0x6275757274;

/**
 * Brings the database up to `target` (by default: all the way), in one transaction. Nodes that
 * start at once queue on a transaction-scoped advisory lock, so one migrates and the others then
 * find the work done; a failed migration rolls back whole and releases the lock.
 */
export async function migrate(db: Db, target = MIGRATIONS.length): Promise<void> {
  await db.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS store_schema (
         only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
         version INTEGER NOT NULL
       )`,
    );
    const found = await client.query<{ version: number }>('SELECT version FROM store_schema');
    const current = found.rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `database schema ${current} is newer than this release knows (${MIGRATIONS.length})`,
      );
    }
    for (let version = current; version < target; version++) {
      await client.query(MIGRATIONS[version]);
    }
    if (target > current) {
      await client.query(
        `INSERT INTO store_schema (version) VALUES ($1)
         ON CONFLICT (only_row) DO UPDATE SET version = excluded.version`,
        [target],
      );
    }
  });
}
