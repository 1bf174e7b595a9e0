import type { Meeting, Participant, Phase, Role, Timer } from '../../shared/model.js';

/**
 * Everything the server keeps. One interface, chosen once in main.ts: SQLite by default,
 * Redis when several nodes share the work. Methods are async so both fit behind it.
 */
export interface Store {
  insertMeeting(meeting: Meeting): Promise<void>;
  getMeeting(id: string): Promise<Meeting | null>;
  listMeetings(): Promise<Meeting[]>;
  findMeetingByJoinCode(joinCode: string): Promise<Meeting | null>;
  /** Finds the meeting a facilitator or projector token belongs to, and which of the two it is. */
  findMeetingByTokenHash(tokenHash: string): Promise<{ meeting: Meeting; role: Role } | null>;
  setPhase(meetingId: string, phase: Phase): Promise<void>;
  setTimer(meetingId: string, timer: Timer): Promise<void>;
  setTokens(
    meetingId: string,
    facilitatorHash: string,
    projectorToken: string,
    projectorHash: string,
  ): Promise<void>;

  /** Adds a participant, giving it the next number in its meeting. */
  insertParticipant(input: Omit<Participant, 'number'>): Promise<Participant>;
  findParticipantByKeyHash(keyHash: string): Promise<Participant | null>;
  countParticipants(meetingId: string): Promise<number>;

  /** All stored updates of a collaborative document, oldest first. */
  loadDocUpdates(docName: string): Promise<Uint8Array[]>;
  /** Appends one update durably; resolves with the number of updates now in the log. */
  appendDocUpdate(docName: string, update: Uint8Array): Promise<number>;
  /** Replaces the whole log of a document with one snapshot update, atomically. */
  compactDoc(docName: string, snapshot: Uint8Array): Promise<void>;

  close(): Promise<void>;
}
