import type { z } from 'zod';
import type { Role, Signup } from '../../shared/model.js';
import type { OwnSignup, signupCreateSchema } from '../../shared/protocol.js';
import { LIMITS } from '../../shared/limits.js';
import type { Store, StoredSignup } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import type { Limits } from '../domain/limits.js';
import { addMonths, checkSignup, kopgroepMaySee } from '../domain/signup-rules.js';
import { isPublic } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import { hashToken, newId, newToken } from './tokens.js';
import { coalesce } from './coalesce.js';

/** Counts go out at most this often, so a hall signing up at once is not flooded. */
const COUNTS_COALESCE_MS = 200;

export type SignupCreateInput = z.output<typeof signupCreateSchema>;

/** One werkgroep's sign-ups, for the list and the export. */
export interface Werkgroep {
  themeId: string;
  /** '' when the theme was deleted after people signed up for it. */
  title: string;
  signups: Signup[];
}

export interface SignupService {
  /**
   * Stores a sign-up sent from a phone. Resolves with it and its personal token, which exists
   * only in this answer (the store keeps its hash). The participant id serves the rate limit
   * alone and is never stored with the sign-up.
   */
  create(
    who: { meetingId: string; participantId: string | null },
    input: SignupCreateInput,
  ): Promise<{ signup: Signup; token: string }>;
  /**
   * The sign-ups `viewer` may see: the facilitator every one; a kopgroep member only those who
   * asked for contact, for a werkgroep that was started (kopgroepMaySee).
   */
  list(meetingId: string, viewer: Role): Promise<Signup[]>;
  /** The sign-ups `viewer` may see, grouped per werkgroep, in the order of the themes. */
  werkgroepen(meetingId: string, viewer: Role): Promise<Werkgroep[]>;
  /**
   * A new personal link for a sign-up `viewer` may see: the old link stops working at once and
   * its open connections close. Resolves with the new token, which exists only in this answer.
   */
  reissue(meetingId: string, signupId: string, viewer: Role): Promise<{ token: string }>;
  /** Erases one person's data on request, by the facilitator. */
  erase(meetingId: string, signupId: string): Promise<{ signupId: string }>;
  counts(meetingId: string): Promise<Record<string, number>>;
  /** The sign-up behind a personal link, with what the person signed up for. */
  own(token: string): Promise<OwnSignup>;
  /** The person withdraws their own sign-up through their link: it is deleted. */
  withdraw(token: string): Promise<void>;
  close(): void;
}

const withoutToken = ({ tokenHash: _hidden, ...signup }: StoredSignup): Signup => signup;

/**
 * Sign-ups for werkgroepen: the only personal data the product keeps. They live in their own
 * table without a participant id, are answered only to the person (by their link) and to staff,
 * and reach the room only as counts per theme.
 */
export function createSignupService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
  /** How long a sign-up is kept before the retention job deletes it. */
  retentionMonths: number;
  /** Told after a sign-up was stored or deleted: its werkgroep's members changed. */
  onChange?: (change: { signup: StoredSignup; deleted: boolean }) => void;
  /** Closes the open connections made with one sign-up's link. */
  closeSessions?: (meetingId: string, signupId: string) => void;
  limits: Limits;
}): SignupService {
  const { store, broadcast, clock, retentionMonths, onChange = () => {} } = deps;
  const { closeSessions = () => {} } = deps;
  const perParticipant = deps.limits.window('signups', LIMITS.signupsPer10Min, 10 * 60_000);

  const counts = (meetingId: string) => store.countSignups(meetingId);

  /** The stored sign-ups of a meeting that `viewer` may see. */
  async function visible(meetingId: string, viewer: Role): Promise<StoredSignup[]> {
    const signups = await store.listSignups(meetingId);
    if (viewer === 'facilitator') return signups;
    if (viewer !== 'coreGroupMember') return [];
    const started = new Set(
      (await store.listWorkingGroups(meetingId)).map((group) => group.themeId),
    );
    return signups.filter((signup) => kopgroepMaySee(signup, started));
  }

  const countsOut = coalesce(COUNTS_COALESCE_MS, async (meetingId) =>
    broadcast.signupsCounted(meetingId, await counts(meetingId)),
  );

  async function byToken(token: string): Promise<StoredSignup> {
    const stored = await store.findSignupByTokenHash(hashToken(token));
    if (!stored) throw new DomainError('NOT_FOUND', 'No sign-up for this link');
    return stored;
  }

  return {
    async create(who, input) {
      if (!who.participantId) throw new DomainError('FORBIDDEN', 'Only attendees sign up');
      const theme = await store.getTheme(input.themeId);
      if (!theme || theme.meetingId !== who.meetingId || !isPublic(theme)) {
        throw new DomainError('NOT_FOUND', 'No such theme');
      }
      const checked = checkSignup(input);
      // Counted only once everything is valid: someone who mistypes a number is not locked out.
      if (!(await perParticipant.take(who.participantId))) {
        throw new DomainError('RATE_LIMITED', 'Too many sign-ups');
      }
      const token = newToken();
      const createdAt = clock();
      const signup: Signup = {
        id: newId(),
        meetingId: who.meetingId,
        themeId: theme.id,
        name: checked.name,
        email: checked.email,
        phone: checked.phone,
        consents: { ...checked.consents },
        createdAt,
        retainUntil: addMonths(createdAt, retentionMonths),
      };
      const stored = { ...signup, tokenHash: hashToken(token) };
      await store.insertSignup(stored);
      countsOut.schedule(who.meetingId);
      onChange({ signup: stored, deleted: false });
      return { signup, token };
    },

    async list(meetingId, viewer) {
      return (await visible(meetingId, viewer)).map(withoutToken);
    },

    async werkgroepen(meetingId, viewer) {
      const [themes, signups] = await Promise.all([
        store.listThemes(meetingId),
        visible(meetingId, viewer),
      ]);
      const groups = new Map<string, Werkgroep>(
        themes.map((theme) => [theme.id, { themeId: theme.id, title: theme.title, signups: [] }]),
      );
      for (const stored of signups) {
        let group = groups.get(stored.themeId);
        if (!group) {
          group = { themeId: stored.themeId, title: '', signups: [] };
          groups.set(stored.themeId, group);
        }
        group.signups.push(withoutToken(stored));
      }
      return [...groups.values()].filter((group) => group.signups.length > 0);
    },

    async reissue(meetingId, signupId, viewer) {
      const mine = (await visible(meetingId, viewer)).some((signup) => signup.id === signupId);
      // One the asker may not see is as unknown to them as one that never existed.
      if (!mine) throw new DomainError('NOT_FOUND', 'No such sign-up');
      const token = newToken();
      if (!(await store.replaceSignupToken(signupId, hashToken(token)))) {
        throw new DomainError('NOT_FOUND', 'No such sign-up');
      }
      closeSessions(meetingId, signupId);
      return { token };
    },

    async erase(meetingId, signupId) {
      const stored = await store.getSignup(signupId);
      if (!stored || stored.meetingId !== meetingId) {
        throw new DomainError('NOT_FOUND', 'No such sign-up');
      }
      await store.deleteSignup(signupId);
      // Erased means gone from the database files too, not only from every screen.
      await store.purgeErased();
      countsOut.schedule(meetingId);
      onChange({ signup: stored, deleted: true });
      return { signupId };
    },

    counts,

    async own(token) {
      const stored = await byToken(token);
      const [theme, meeting] = await Promise.all([
        store.getTheme(stored.themeId),
        store.getMeeting(stored.meetingId),
      ]);
      return {
        signup: withoutToken(stored),
        themeTitle: theme?.title ?? '',
        meetingName: meeting?.name ?? '',
        meetingDate: meeting?.date ?? '',
      };
    },

    async withdraw(token) {
      const stored = await byToken(token);
      // Another request (a second tab) may have withdrawn it a moment ago.
      if (!(await store.deleteSignup(stored.id))) {
        throw new DomainError('NOT_FOUND', 'No sign-up for this link');
      }
      await store.purgeErased();
      countsOut.schedule(stored.meetingId);
      onChange({ signup: stored, deleted: true });
    },

    close() {
      countsOut.close();
    },
  };
}
