import type { AssistedPerson } from '../../shared/protocol.js';
import type { ErrorCode } from '../../shared/codes.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { RequestError } from './meeting-session.svelte.js';
import { MyAnswers } from './my-answers.svelte.js';
import { AdditionOutbox } from './addition-outbox.svelte.js';
import { MyPreference } from './my-preference.svelte.js';

/** One resident without a phone, with their own answers and outbox. */
export interface HelpedPerson extends AssistedPerson {
  answers: MyAnswers;
  outbox: AdditionOutbox;
  preference: MyPreference;
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

  private readonly stops: (() => void)[];

  constructor(private readonly session: MeetingSession) {
    this.stops = [
      session.onSynced(() => void this.refresh()),
      // The server tells where each resident sits after every change to the tables.
      session.on('assisted:seated', ({ people }) => this.merge(people)),
    ];
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
    for (const stop of this.stops) stop();
    for (const person of this.people) {
      person.answers.destroy();
      person.outbox.destroy();
      person.preference.destroy();
    }
  }

  /** Adds people not yet known; existing ones keep their state and take their new table. */
  private merge(list: AssistedPerson[]): void {
    const meetingId = this.session.meeting?.id;
    if (!meetingId) return;
    const known = this.people.map((person) => {
      const told = list.find((p) => p.participantId === person.participantId);
      return told ? { ...person, table: told.table } : person;
    });
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
        preference: new MyPreference(this.session, person.participantId),
      }));
    this.people = [...known, ...fresh].sort((a, b) => a.number - b.number);
  }
}
