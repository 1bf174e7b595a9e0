import type { ErrorCode } from '../../shared/protocol.js';
import { RequestError } from './meeting-session.svelte.js';

export type Failure = ErrorCode | 'NETWORK';
export type Outcome<T> = { ok: true; data: T } | { ok: false; code: Failure };

/**
 * What a screen needs to run requests and tell the person how they went. The Regie's
 * ConsoleState is a PageFeedback, so the pieces shared with the kopgroep's page (the
 * werkgroepen, the sign-ups) work on either.
 */
export interface Feedback {
  run<T>(action: () => Promise<T>, handled?: Failure[]): Promise<Outcome<T>>;
  say(text: string): void;
}

const NOTICE_MS = 5000;

/** One error banner and one passing notice: the Regie's console, or a page without it. */
export class PageFeedback implements Feedback {
  error = $state<Failure | null>(null);
  /** With a RATE_LIMITED error: the seconds the server asked to wait. */
  retryAfterSeconds = $state<number | undefined>(undefined);
  notice = $state<string | null>(null);
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs a request; failures not in `handled` are shown in the error banner. */
  async run<T>(action: () => Promise<T>, handled: Failure[] = []): Promise<Outcome<T>> {
    try {
      const data = await action();
      this.error = null;
      return { ok: true, data };
    } catch (failure) {
      const code = failure instanceof RequestError ? failure.code : 'NETWORK';
      if (!handled.includes(code)) {
        this.error = code;
        this.retryAfterSeconds =
          failure instanceof RequestError ? failure.retryAfterSeconds : undefined;
      }
      return { ok: false, code };
    }
  }

  /** Shows a short confirmation that disappears by itself. */
  say(text: string): void {
    this.notice = text;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = null), NOTICE_MS);
  }

  destroy(): void {
    clearTimeout(this.noticeTimer);
  }
}
