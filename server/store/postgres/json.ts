/**
 * A value as JSON text PostgreSQL accepts. JSON.stringify writes an unpaired UTF-16 surrogate
 * (possible in text a phone sends) as `\ud800`, which jsonb refuses, so the write would fail where
 * SQLite stores it. Such a surrogate becomes U+FFFD, as it does in every text column on its way
 * to UTF-8.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    typeof field === 'string' ? Buffer.from(field, 'utf8').toString('utf8') : field,
  );
}
