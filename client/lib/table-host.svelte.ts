import type { AssistedPerson } from '../../shared/protocol.js';
import type { ErrorCode } from '../../shared/codes.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { RequestError } from './meeting-session.svelte.js';
import { MyAnswers } from './my-answers.svelte.js';
import { AdditionOutbox } from './addition-outbox.svelte.js';

/** One resident without a phone, with their own answers and outbox. */
export interface HelpedPerson extends AssistedPerson {
  answers: MyAnswers;
  outbox: AdditionOutbox;
}

/**
 * A table host's residents (tafelhulp). Each is a separate anonymous participant on the server;
 * their answers and additions are sent `onBehalfOf` them, and each keeps an outbox of its own so
 * additions typed during a wifi drop still arrive, once.
 */
export class TableHostState {
  people = $state.raw<HelpedPerson[]>([]);
  selectedId = $state<string | null>(null);
  adding = $state(false);
  error = $state<ErrorCode | 'NETWORK' | null>(null);

  readonly selected: HelpedPerson | null = $derived(
    this.people.find((person) => person.participantId === this.selectedId) ?? null,
  );

  private readonly stopSync: () => void;

  constructor(private readonly session: MeetingSession) {
    this.stopSync = session.onSynced(() => void this.refresh());
  }

  select(participantId: string): void {
    this.selectedId = participantId;
  }

  async add(): Promise<void> {
    this.adding = true;
    this.error = null;
    try {
      const person = await this.session.request('assisted:add', {});
      this.merge([person]);
      this.selectedId = person.participantId;
    } catch (error) {
      this.error = error instanceof RequestError ? error.code : 'NETWORK';
    } finally {
      this.adding = false;
    }
  }

  async refresh(): Promise<void> {
    try {
      this.merge(await this.session.request('assisted:list', {}));
    } catch {
      // Tried again after the next reconnect.
    }
  }

  destroy(): void {
    this.stopSync();
    for (const person of this.people) {
      person.answers.destroy();
      person.outbox.destroy();
    }
  }

  /** Adds people not yet known; existing ones keep their state. */
  private merge(list: AssistedPerson[]): void {
    const meetingId = this.session.meeting?.id;
    if (!meetingId) return;
    const fresh = list
      .filter(
        (person) => !this.people.some((known) => known.participantId === person.participantId),
      )
      .map((person) => ({
        ...person,
        answers: new MyAnswers(this.session, person.participantId),
        outbox: new AdditionOutbox(
          this.session,
          meetingId,
          person.participantId,
          person.participantId,
        ),
      }));
    if (fresh.length > 0) {
      this.people = [...this.people, ...fresh].sort((a, b) => a.number - b.number);
    }
  }
}
