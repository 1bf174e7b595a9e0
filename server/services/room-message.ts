import type { RoomMessage } from '../../shared/model.js';
import type { Store } from '../store/store.js';
import type { Broadcaster } from './broadcast.js';

export interface RoomMessageService {
  /** Shows `text` on every phone and the projector; null takes the message away. */
  send(meetingId: string, text: string | null): Promise<RoomMessage | null>;
}

/**
 * The facilitator's short message to the whole room ("nog 5 minuten"). It is stored with the
 * meeting, so a screen that connects later finds it in its MeetingView, and broadcast at once
 * to the screens already there. Its text was cleaned and length-checked at the boundary.
 */
export function createRoomMessageService(deps: {
  store: Store;
  broadcast: Broadcaster;
  clock: () => number;
}): RoomMessageService {
  const { store, broadcast, clock } = deps;
  return {
    async send(meetingId, text) {
      const message: RoomMessage | null = text === null ? null : { text, at: clock() };
      await store.setMessage(meetingId, message);
      broadcast.messageShown(meetingId, message);
      return message;
    },
  };
}
