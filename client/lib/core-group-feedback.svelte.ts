import type { Failure, Outcome } from './console-state.svelte.js';
import { RequestError } from './meeting-session.svelte.js';

/**
 * What a screen needs to run requests and tell the person how they went. The Regie's
 * ConsoleState has exactly this shape, so the pieces shared with the kopgroep's page (the
 * werkgroepen, the sign-ups) work on either.
 */
export interface Feedback {
  run<T>(action: () => Promise<T>, handled?: Failure[]): Promise<Outcome<T>>;
  say(text: string): void;
}

const NOTICE_MS = 5000;

/** Feedback for a page without the Regie's console: one error and one passing notice. */
export class PageFeedback implements Feedback {
  error = $state<Failure | null>(null);
  notice = $state<string | null>(null);
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  async run<T>(action: () => Promise<T>, handled: Failure[] = []): Promise<Outcome<T>> {
    try {
      const data = await action();
      this.error = null;
      return { ok: true, data };
    } catch (failure) {
      const code = failure instanceof RequestError ? failure.code : 'NETWORK';
      if (!handled.includes(code)) this.error = code;
      return { ok: false, code };
    }
  }

  say(text: string): void {
    this.notice = text;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = null), NOTICE_MS);
  }

  destroy(): void {
    clearTimeout(this.noticeTimer);
  }
}
