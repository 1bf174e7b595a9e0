import type { RecognitionAnswer } from '../../shared/model.js';
import type { ErrorCode } from '../../shared/codes.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { RequestError } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/**
 * The recognition answers of one participant: this phone's own, or (for a table host) one
 * resident's. Restored from the server after a reload or reconnect.
 */
export class MyAnswers extends SyncedState {
  /** Answers the server has, by theme id. */
  answers = $state<Record<string, RecognitionAnswer>>({});
  /** The answer being sent per theme, shown as chosen while it travels. */
  pending = $state<Record<string, RecognitionAnswer>>({});
  /** The last failure per theme. */
  errors = $state<Record<string, ErrorCode | 'NETWORK'>>({});

  constructor(
    private readonly session: MeetingSession,
    private readonly onBehalfOf?: string,
  ) {
    super();
    this.follow(session);
  }

  /** How many of these themes have an answer. */
  countAnswered(themeIds: string[]): number {
    return themeIds.filter((id) => this.answers[id]).length;
  }

  async cast(themeId: string, answer: RecognitionAnswer): Promise<void> {
    this.pending = { ...this.pending, [themeId]: answer };
    this.errors = without(this.errors, themeId);
    try {
      // Offline a request would be buffered and arrive later, after we said it failed.
      if (this.session.status !== 'online') throw new RequestError('NETWORK');
      const saved = await this.session.request('vote:cast', {
        themeId,
        answer,
        ...onBehalf(this.onBehalfOf),
      });
      this.answers = { ...this.answers, [themeId]: saved.answer };
    } catch (error) {
      const code = error instanceof RequestError ? error.code : 'NETWORK';
      this.errors = { ...this.errors, [themeId]: code };
    } finally {
      // Only the newest tap clears the pending mark; an older answer arriving late does not.
      if (this.pending[themeId] === answer) this.pending = without(this.pending, themeId);
    }
  }

  protected async read(): Promise<void> {
    this.answers = await this.session.request('vote:mine', onBehalf(this.onBehalfOf));
  }
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/** The request field of a table host answering for a resident; none for the phone's own. */
export function onBehalf(onBehalfOf?: string): { onBehalfOf?: string } {
  return onBehalfOf ? { onBehalfOf } : {};
}
