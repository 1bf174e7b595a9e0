import { outboxKey } from './addition-outbox.js';
import { SessionOutbox } from './addition-outbox.svelte.js';
import type { MeetingSession } from './meeting-session.svelte.js';

export { AdditionRefused as QuestionRefused } from './addition-outbox.js';

/**
 * The questions one phone asked at a terugkombijeenkomst: the additions' outbox under its own
 * key, so a question typed on weak wifi shows "nog niet verstuurd" and goes out by itself, with
 * the same id, once the phone is back (the server keeps it once).
 */
export class QuestionOutbox extends SessionOutbox {
  constructor(session: MeetingSession, meetingId: string, owner: string) {
    super(session, outboxKey(meetingId, owner, 'questions'), ({ id, text }) =>
      session.request('question:send', { id, text }),
    );
  }

  /** Resolves `received` or `queued`; rejects with QuestionRefused (the text should stay). */
  submit(text: string): Promise<'received' | 'queued'> {
    return this.core.submit(null, text);
  }
}
