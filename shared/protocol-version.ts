/*
 * The handshake's version check, apart from the schemas: a page imports these at start-up,
 * before (and without) the rest of the protocol.
 */

/**
 * Bumped when a change breaks older clients. Every page sends it in the Socket.IO handshake
 * (HandshakeAuth); the server refuses another version with OUTDATED, and the page asks to be
 * reloaded.
 */
export const PROTOCOL_VERSION = 1;

/**
 * What a screen sends in the Socket.IO handshake (`auth`). The server resolves the role from the
 * token; `version` is the page's PROTOCOL_VERSION, and a page that speaks another one is told to
 * reload (connect_error `OUTDATED`). Pages from before the version was sent spoke version 1.
 */
export interface HandshakeAuth {
  token: string;
  /** A console of a return meeting: the meeting to run with this token. */
  meetingId?: string;
  /** With `meetingId`: that meeting's Beamer instead of its console. */
  screen?: 'projector';
  version: number;
}

/** The connect_error message a page of another protocol version gets; it should reload. */
export const OUTDATED = 'OUTDATED';
