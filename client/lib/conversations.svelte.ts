import type { Conversation, ConversationSummary } from '../../shared/model-conversations.js';
import type { IssuedConversationLink } from '../../shared/protocol-conversations.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import type { Feedback } from './feedback.svelte.js';
import { StaffSyncedState } from './synced-state.svelte.js';

/** What the plan form sends: a conversation's group, place, day, time, leader and question. */
export type ConversationPlan = Pick<
  Conversation,
  'group' | 'place' | 'date' | 'time' | 'leader' | 'question'
>;

/**
 * The evening's small-group conversations as the kopgroep and the Regie plan them: where, when,
 * who leads, and how far each one's record got (residents counted, entries written). Read again
 * after every reconnect and kept current by `conversations:changed`. A gespreksleider's link is
 * shown once, right after it was made: the server keeps only its hash.
 */
export class Conversations extends StaffSyncedState {
  list = $state.raw<ConversationSummary[]>([]);
  /** Links made in this browser, newest first; hidden once handed over. */
  issued = $state.raw<IssuedConversationLink[]>([]);

  constructor(session: MeetingSession, feedback: Feedback) {
    super(session, feedback);
    this.stopOnDestroy(
      session.on(
        'conversations:changed',
        ({ conversations }) => (this.list = [...conversations].sort(byWhen)),
      ),
    );
  }

  protected async read(): Promise<boolean> {
    const outcome = await this.feedback.run(() => this.session.request('conversation:list', {}));
    if (outcome.ok) this.list = [...outcome.data].sort(byWhen);
    return outcome.ok;
  }

  create(plan: ConversationPlan) {
    return this.feedback.run(async () => {
      const made = await this.session.request('conversation:create', plan);
      this.upsert(made);
      return made;
    });
  }

  update(id: string, plan: ConversationPlan) {
    return this.feedback.run(async () => {
      const changed = await this.session.request('conversation:update', { id, ...plan });
      this.upsert(changed);
      return changed;
    });
  }

  /** Makes the gespreksleider's link; one made before stops working. */
  link(id: string) {
    return this.feedback.run(async () => {
      const issued = await this.session.request('conversation:link', { id });
      this.upsert(issued.conversation);
      this.issued = [issued, ...this.issued.filter((i) => i.conversation.id !== id)];
      return issued;
    });
  }

  revoke(id: string) {
    return this.feedback.run(async () => {
      const changed = await this.session.request('conversation:revoke', { id });
      this.upsert(changed);
      this.hide(id);
      return changed;
    });
  }

  hide(id: string): void {
    this.issued = this.issued.filter((issued) => issued.conversation.id !== id);
  }

  /** A conversation the server answered with, keeping the counts the list had for it. */
  private upsert(conversation: Conversation): void {
    const known = this.list.find((c) => c.id === conversation.id);
    const summary: ConversationSummary = {
      residents: known?.residents ?? null,
      entries: known?.entries ?? 0,
      ...conversation,
    };
    const others = this.list.filter((c) => c.id !== conversation.id);
    this.list = [...others, summary].sort(byWhen);
  }
}

/** By day and time, then by when they were planned. */
export function byWhen(a: Conversation, b: Conversation): number {
  return a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.createdAt - b.createdAt;
}
