import type { RecognitionAnswer, StaffTheme, Tally, Theme } from '../../shared/model.js';
import type { Store } from '../store/store.js';
import { DomainError } from '../domain/errors.js';
import { isPublic } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import type { ThemeService } from './themes.js';
import { participantFor } from './voters.js';
import type { Answerer } from './voters.js';
import { coalesce } from './coalesce.js';

/** How long answers are gathered before a tally goes out: 300 phones answer within a second. */
const TALLY_COALESCE_MS = 100;

export interface RecognitionService {
  focus(meetingId: string, themeId: string | null): Promise<{ themeId: string | null }>;
  control(
    meetingId: string,
    themeId: string,
    change: { open?: boolean; revealed?: boolean },
  ): Promise<StaffTheme>;
  setHands(
    meetingId: string,
    themeId: string,
    hands: Record<RecognitionAnswer, number>,
  ): Promise<Tally>;
  vote(
    who: Answerer,
    themeId: string,
    answer: RecognitionAnswer,
    onBehalfOf?: string,
  ): Promise<{ themeId: string; answer: RecognitionAnswer }>;
  mine(who: Answerer, onBehalfOf?: string): Promise<Record<string, RecognitionAnswer>>;
  /** Staff see every tally; everyone else only revealed ones. */
  tallies(meetingId: string, staff: boolean): Promise<Tally[]>;
  /** Stops pending timers (for shutdown). */
  close(): void;
}

/**
 * Recognition per theme: one answer per participant, changeable while open. Tallies reach
 * phones and the projector only after the facilitator reveals them, so nobody follows the crowd.
 */
export function createRecognitionService(deps: {
  store: Store;
  broadcast: Broadcaster;
  themes: ThemeService;
  clock: () => number;
}): RecognitionService {
  const { store, broadcast, themes, clock } = deps;

  async function tallyOf(theme: Theme): Promise<Tally> {
    return {
      themeId: theme.id,
      votes: await store.countVotes(theme.id),
      hands: { ...theme.hands },
    };
  }

  async function sendTally(themeId: string): Promise<void> {
    const theme = await store.getTheme(themeId);
    if (!theme) return;
    broadcast.tallyChanged(
      theme.meetingId,
      await tallyOf(theme),
      theme.recognitionRevealed && isPublic(theme),
    );
  }

  /** Many answers in a burst become one tally message per theme. */
  const tallyOut = coalesce(TALLY_COALESCE_MS, sendTally);

  return {
    async focus(meetingId, themeId) {
      if (themeId !== null) {
        const theme = await themes.get(meetingId, themeId);
        if (!isPublic(theme))
          throw new DomainError('NOT_PUBLISHED', 'Publish the theme before showing it');
      }
      await store.setFocus(meetingId, themeId);
      broadcast.focusChanged(meetingId, themeId);
      return { themeId };
    },

    async control(meetingId, themeId, change) {
      const theme = await themes.get(meetingId, themeId);
      const next = {
        ...theme,
        recognitionOpen: change.open ?? theme.recognitionOpen,
        recognitionRevealed: change.revealed ?? theme.recognitionRevealed,
      };
      if (next.recognitionOpen && !isPublic(next)) {
        throw new DomainError('NOT_PUBLISHED', 'Publish the theme before asking about it');
      }
      const saved = await themes.save(next);
      await sendTally(themeId);
      return saved;
    },

    async setHands(meetingId, themeId, hands) {
      const theme = await themes.get(meetingId, themeId);
      await themes.save({ ...theme, hands: { ...hands } });
      const tally = await tallyOf({ ...theme, hands });
      broadcast.tallyChanged(meetingId, tally, theme.recognitionRevealed && isPublic(theme));
      return tally;
    },

    async vote(who, themeId, answer, onBehalfOf) {
      const { participantId } = await participantFor(store, who, onBehalfOf);
      const theme = await store.getTheme(themeId);
      // An unpublished theme does not exist as far as a phone can tell.
      if (!theme || theme.meetingId !== who.meetingId || !isPublic(theme)) {
        throw new DomainError('NOT_FOUND', 'No such theme');
      }
      if (!theme.recognitionOpen) throw new DomainError('RECOGNITION_CLOSED', 'Answers are closed');
      await store.upsertVote({
        meetingId: who.meetingId,
        themeId,
        participantId,
        answer,
        at: clock(),
      });
      tallyOut.schedule(themeId);
      return { themeId, answer };
    },

    async mine(who, onBehalfOf) {
      const { participantId } = await participantFor(store, who, onBehalfOf);
      const answers: Record<string, RecognitionAnswer> = {};
      for (const theme of (await store.listThemes(who.meetingId)).filter(isPublic)) {
        const answer = await store.getVote(theme.id, participantId);
        if (answer) answers[theme.id] = answer;
      }
      return answers;
    },

    async tallies(meetingId, staff) {
      const all = await store.listThemes(meetingId);
      const visible = staff
        ? all
        : all.filter((theme) => isPublic(theme) && theme.recognitionRevealed);
      return Promise.all(visible.map(tallyOf));
    },

    close: () => tallyOut.close(),
  };
}
