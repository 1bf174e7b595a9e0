/**
 * What a phone shows and keeps beyond its first screen: the welcome board, the themes,
 * recognition, choosing, the canvas and signing up, with the state they keep for the evening.
 * One chunk, fetched while the first screen ("Welkom") is already showing, so that screen
 * needs neither Yjs nor the later steps' code (AttendeePhase.svelte).
 */
import type { MeetingSession } from '../lib/meeting-session.svelte.js';
import { MyAnswers } from '../lib/my-answers.svelte.js';
import { AdditionOutbox } from '../lib/addition-outbox.svelte.js';
import { MyPreference } from '../lib/my-preference.svelte.js';
import { MyTable } from '../lib/my-table.svelte.js';

export { BoardState } from '../lib/board.svelte.js';
export { loadKeptSignups } from '../lib/signup-links.js';
export { default as Board } from './Board.svelte';
export { default as ThemeView } from './room/ThemeView.svelte';
export { default as RecognitionSection } from './room/RecognitionSection.svelte';
export { default as AdditionList } from './room/AdditionList.svelte';
export { default as ChooseThemes } from './room/ChooseThemes.svelte';
export { default as SignupSection } from './room/SignupSection.svelte';
export { default as SignupAgain } from './room/SignupAgain.svelte';
export { default as CanvasPhase } from './room/CanvasPhase.svelte';

/** A phone's own state for the whole evening: it outlives the phases that show it. */
export interface Evening {
  answers: MyAnswers;
  outbox: AdditionOutbox;
  preference: MyPreference;
  table: MyTable;
}

export function openEvening(session: MeetingSession): Evening {
  return {
    answers: new MyAnswers(session),
    preference: new MyPreference(session),
    table: new MyTable(session),
    outbox: new AdditionOutbox(session, session.meeting!.id, `p${session.participantNumber}`),
  };
}

export function closeEvening(evening: Evening): void {
  evening.answers.destroy();
  evening.outbox.destroy();
  evening.preference.destroy();
  evening.table.destroy();
}
