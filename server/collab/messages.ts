/**
 * Message types of the y-websocket protocol (see y-protocols' PROTOCOL.md). The first varUint of
 * a frame is the message type; for sync messages the second is the sync step. That is all the
 * endpoint needs to read to tell a harmless request from a write.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;
