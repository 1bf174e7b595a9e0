import type Database from 'better-sqlite3';

/**
 * Beamer tokens were kept readable next to their hash (and handed to kopgroep consoles), so any
 * of them may have been copied: every one is invalidated (a value no token hashes to, as hashes
 * are base64url) and the readable column goes. The Regie issues a new Beamer link when needed.
 */
const BEAMER_TOKENS_HASHED_ONLY = `UPDATE meetings SET projector_token_hash = 'invalidated:' || id;
   ALTER TABLE meetings DROP COLUMN projector_token;`;

/**
 * Schema migrations, applied in order. `user_version` records how far a file has come,
 * so an existing file from an older release is upgraded in place on start.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     date TEXT NOT NULL,
     place TEXT NOT NULL,
     join_code TEXT NOT NULL UNIQUE,
     phase TEXT NOT NULL,
     timer TEXT NOT NULL,
     facilitator_token_hash TEXT NOT NULL UNIQUE,
     projector_token_hash TEXT NOT NULL UNIQUE,
     projector_token TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     number INTEGER NOT NULL,
     key_hash TEXT NOT NULL UNIQUE,
     joined_at INTEGER NOT NULL,
     UNIQUE (meeting_id, number)
   );
   CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);`,

  // Before the break: themes, recognition, additions, table hosts.
  `ALTER TABLE meetings ADD COLUMN focus_theme_id TEXT;
   ALTER TABLE participants ADD COLUMN host_id TEXT;
   CREATE INDEX participants_by_host ON participants (host_id);
   CREATE TABLE table_hosts (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     label TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE themes (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     data TEXT NOT NULL
   );
   CREATE INDEX themes_by_meeting ON themes (meeting_id, position);
   CREATE TABLE votes (
     theme_id TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     meeting_id TEXT NOT NULL,
     answer TEXT NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (theme_id, participant_id)
   );
   CREATE TABLE additions (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     data TEXT NOT NULL
   );
   CREATE INDEX additions_by_meeting ON additions (meeting_id, created_at);`,

  // After the break: preferred themes for the subgroups.
  `CREATE TABLE preferences (
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     first_theme_id TEXT,
     second_theme_id TEXT,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (meeting_id, participant_id)
   );`,

  // After the break: subgroups, the facilitator's message to the room, sign-ups.
  // Sign-ups hold personal data: their own table, no participant id, a retention date.
  `ALTER TABLE meetings ADD COLUMN grouping_state TEXT NOT NULL DEFAULT 'none';
   ALTER TABLE meetings ADD COLUMN grouping_meta TEXT;
   ALTER TABLE meetings ADD COLUMN message TEXT;
   CREATE TABLE subgroups (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     theme_id TEXT NOT NULL,
     suffix TEXT NOT NULL,
     table_number INTEGER NOT NULL,
     table_name TEXT NOT NULL DEFAULT ''
   );
   CREATE INDEX subgroups_by_meeting ON subgroups (meeting_id, table_number);
   CREATE TABLE subgroup_members (
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
     subgroup_id TEXT NOT NULL REFERENCES subgroups(id) ON DELETE CASCADE,
     display_name TEXT NOT NULL DEFAULT '',
     PRIMARY KEY (meeting_id, participant_id)
   );
   CREATE INDEX subgroup_members_by_group ON subgroup_members (subgroup_id);
   CREATE TABLE signups (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     theme_id TEXT NOT NULL,
     name TEXT NOT NULL,
     email TEXT NOT NULL,
     phone TEXT NOT NULL,
     consents TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL,
     retain_until INTEGER NOT NULL
   );
   CREATE INDEX signups_by_meeting ON signups (meeting_id, theme_id);
   CREATE INDEX signups_by_expiry ON signups (retain_until);`,

  // After the evening: the kopgroep and the werkgroepen (one per theme).
  `CREATE TABLE core_group_members (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE INDEX core_group_by_meeting ON core_group_members (meeting_id, created_at);
   CREATE TABLE working_groups (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     theme_id TEXT NOT NULL,
     title TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     ready_at INTEGER,
     UNIQUE (meeting_id, theme_id)
   );`,

  // Terugkombijeenkomsten: meetings of kind 'return', their agenda, the plans as presented,
  // questions from the room and afspraken (kept per neighbourhood, reviewed later).
  `ALTER TABLE meetings ADD COLUMN kind TEXT NOT NULL DEFAULT 'neighbourhood';
   ALTER TABLE meetings ADD COLUMN origin_meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE;
   ALTER TABLE meetings ADD COLUMN leader_id TEXT;
   CREATE INDEX meetings_by_origin ON meetings (origin_meeting_id, date);
   CREATE TABLE agendas (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
     data TEXT NOT NULL
   );
   CREATE TABLE plan_snapshots (
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     working_group_id TEXT NOT NULL,
     taken_at INTEGER NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (meeting_id, working_group_id)
   );
   CREATE TABLE questions (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     data TEXT NOT NULL
   );
   CREATE INDEX questions_by_meeting ON questions (meeting_id, created_at);
   CREATE TABLE agreements (
     id TEXT PRIMARY KEY,
     origin_meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     made_at_meeting_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     data TEXT NOT NULL
   );
   CREATE INDEX agreements_by_origin ON agreements (origin_meeting_id, created_at);
   CREATE TABLE agreement_reviews (
     agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     outcome TEXT NOT NULL,
     note TEXT NOT NULL,
     at INTEGER NOT NULL,
     PRIMARY KEY (agreement_id, meeting_id)
   );`,

  BEAMER_TOKENS_HASHED_ONLY,
  // Retention: which kind of personal data has been removed for which meeting.
  `CREATE TABLE retention_applied (
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     at INTEGER NOT NULL,
     PRIMARY KEY (meeting_id, kind)
   );`,
  // Hardening: the facilitator can close joining; the flag survives a restart.
  `ALTER TABLE meetings ADD COLUMN joining_closed INTEGER NOT NULL DEFAULT 0;`,
  // Step 2 of the method: small-group conversations the kopgroep plans, each with the hash of
  // its gespreksleider's current link (none once revoked).
  `CREATE TABLE conversations (
     id TEXT PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     group_name TEXT NOT NULL,
     place TEXT NOT NULL,
     date TEXT NOT NULL,
     time TEXT NOT NULL,
     leader TEXT NOT NULL,
     question TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     token_hash TEXT UNIQUE,
     link_issued_at INTEGER,
     revoked_at INTEGER
   );
   CREATE INDEX conversations_by_meeting ON conversations (meeting_id, date, time);`,
];

/** The `user_version` of files from before Beamer tokens were kept as hashes only. */
export const READABLE_BEAMER_TOKENS_VERSION = MIGRATIONS.indexOf(BEAMER_TOKENS_HASHED_ONLY);

/**
 * Brings a file up to `target` (by default: all the way). Tests pass a lower target to build a
 * file as an older release left it.
 */
export function migrate(db: Database.Database, target = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < target; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  // A new file never held a readable token; an older one may have.
  const scrub = READABLE_BEAMER_TOKENS_VERSION;
  if (current > 0 && current <= scrub && target > scrub) scrubFreedBytes(db);
}

/**
 * Dropping a column leaves its old bytes in free space of the file and in the WAL until they
 * happen to be overwritten. A rebuilt file and an emptied WAL hold none of them.
 */
function scrubFreedBytes(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
