import type { PreferenceChoice, PreferenceCounts } from '../../shared/protocol.js';
import type { Store, StoredPreference } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import { isPublic } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import { participantFor } from './voters.js';
import type { Answerer } from './voters.js';
import { coalesce } from './coalesce.js';

/** Counts go out at most this often while a hall full of phones is choosing. */
const COUNTS_COALESCE_MS = 200;

export interface PreferenceService {
  set(who: Answerer, choice: PreferenceChoice, onBehalfOf?: string): Promise<PreferenceChoice>;
  mine(who: Answerer, onBehalfOf?: string): Promise<PreferenceChoice | null>;
  counts(meetingId: string): Promise<PreferenceCounts>;
  close(): void;
}

/** Tallies first and second choices per theme. Pure. */
export function countPreferences(preferences: readonly StoredPreference[]): PreferenceCounts {
  const counts: PreferenceCounts = { themes: {}, noPreference: 0, total: preferences.length };
  const bump = (themeId: string, which: 'first' | 'second') => {
    counts.themes[themeId] ??= { first: 0, second: 0 };
    counts.themes[themeId][which]++;
  };
  for (const preference of preferences) {
    if (preference.first) bump(preference.first, 'first');
    else counts.noPreference++;
    if (preference.second) bump(preference.second, 'second');
  }
  return counts;
}

/**
 * Each attendee picks a first and a second theme (or "maakt niet uit") for the subgroups; the
 * facilitator watches the counts grow. Only published, visible themes can be chosen.
 */
export function createPreferenceService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
}): PreferenceService {
  const { store, broadcast, clock } = deps;

  async function counts(meetingId: string): Promise<PreferenceCounts> {
    return countPreferences(await store.listPreferences(meetingId));
  }

  const countsOut = coalesce(COUNTS_COALESCE_MS, async (meetingId) =>
    broadcast.preferencesCounted(meetingId, await counts(meetingId)),
  );

  async function mustBeChoosable(meetingId: string, themeId: string | null): Promise<void> {
    if (themeId === null) return;
    const theme = await store.getTheme(themeId);
    if (!theme || theme.meetingId !== meetingId || !isPublic(theme)) {
      throw new DomainError('NOT_FOUND', 'No such theme');
    }
  }

  return {
    async set(who, choice, onBehalfOf) {
      const { participantId } = await participantFor(store, who, onBehalfOf);
      if (choice.first !== null && choice.first === choice.second) {
        throw new DomainError('INVALID_PAYLOAD', 'First and second choice must differ');
      }
      await mustBeChoosable(who.meetingId, choice.first);
      await mustBeChoosable(who.meetingId, choice.second);
      await store.upsertPreference(who.meetingId, { participantId, ...choice }, clock());
      countsOut.schedule(who.meetingId);
      return { first: choice.first, second: choice.second };
    },

    async mine(who, onBehalfOf) {
      const { participantId } = await participantFor(store, who, onBehalfOf);
      const stored = await store.getPreference(who.meetingId, participantId);
      return stored ? { first: stored.first, second: stored.second } : null;
    },

    counts,

    close() {
      countsOut.close();
    },
  };
}
