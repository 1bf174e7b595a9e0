/** What the benches do as the Regie, and how they read an answer; shared so each says it once. */
import type { Socket } from 'socket.io-client';
import type { Ack } from '../shared/protocol.js';

/** The answer's data; throws with the code when the server refused. */
export async function must<T>(answer: Promise<Ack<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
}

/** A published theme, open for votes with its tally shown, in phase `recognition`. */
export async function openVotingTheme(regie: Socket): Promise<{ id: string }> {
  const theme = await must<{ id: string }>(
    regie.emitWithAck('theme:create', {
      title: 'Verkeer op de Dorpsstraat',
      description: '',
      quotes: [],
    }),
  );
  await must(regie.emitWithAck('theme:publish', { themeId: theme.id, published: true }));
  // Votes are taken in phase `recognition` only (shared/phase-rules.ts).
  await must(regie.emitWithAck('phase:set', { phase: 'recognition' }));
  await must(
    regie.emitWithAck('recognition:control', { themeId: theme.id, open: true, revealed: true }),
  );
  return theme;
}

/** A whole number of at least 1 from a command-line option, or the fallback. */
export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${name} must be a positive integer`);
  return parsed;
}
