import { createHash, randomBytes } from 'node:crypto';

/** A fresh 128-bit secret, URL-safe (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Ids are not secrets but should not be guessable either; 96 bits, 16 characters. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Tokens are stored only as hashes, so a copied database file does not hand out the
 * Regie of every meeting. SHA-256 suffices: the tokens are random, not passwords.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
