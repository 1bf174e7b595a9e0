import type { Question } from '../../shared/model.js';
import type { MeetingSession } from './meeting-session.svelte.js';

/**
 * The question on the screen at a terugkombijeenkomst. The server tells a screen which one that
 * is right after it connects, before the page knows what kind of meeting it is in; so this is
 * created together with the session, and the return-meeting views read it later.
 */
export class ShownQuestion {
  value = $state.raw<Question | null>(null);
  private readonly stop: () => void;

  constructor(session: MeetingSession) {
    this.stop = session.on('question:shown', ({ question }) => (this.value = question));
  }

  destroy(): void {
    this.stop();
  }
}
