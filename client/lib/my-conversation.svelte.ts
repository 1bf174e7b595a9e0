import type { ConversationForLeader } from '../../shared/model-conversations.js';
import { saveState } from './save-state.js';
import type { SaveState } from './save-state.js';
import { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';
import { failureCode } from './error-message.js';
import { ConversationRecord } from './conversation-record.svelte.js';
import { loadLeaderView, saveLeaderView } from './leader-cache.js';
import { safeStorage } from './storage.js';

/**
 * The gespreksleider's page, reached by the conversation's personal link: which conversation
 * (asked with `conversation:mine` after every reconnect, and kept on the device for a hall without
 * wifi) and its record. The record opens as soon as its document's name is known, from the
 * server or from this device, so a page opened offline still shows and takes what is written.
 */
export class MyConversation extends SyncedState {
  mine = $state<ConversationForLeader | null>(null);
  /** The server will not answer this link (unknown, revoked or replaced). */
  refused = $state(false);
  record = $state<ConversationRecord | null>(null);
  readonly session: MeetingSession;

  constructor(private readonly token: string) {
    super();
    this.session = new MeetingSession(token);
    const kept = loadLeaderView(safeStorage(), token);
    if (kept) this.show(kept);
    this.follow(this.session);
  }

  /** The link no longer works: the server hung up, refused the handshake, or refused the record. */
  get linkRefused(): boolean {
    return this.refused || this.session.status === 'refused' || this.record?.status === 'refused';
  }

  /** What the record's status line says (client/components/SaveStatusLine.svelte). */
  get saveState(): SaveState {
    if (this.linkRefused) return 'refused';
    const record = this.record;
    if (!record) return this.session.status === 'offline' ? 'offline' : 'connecting';
    return saveState(record.status, record.unsent);
  }

  protected async read(): Promise<boolean> {
    try {
      const mine = await this.session.request('conversation:mine', {});
      saveLeaderView(safeStorage(), this.token, mine);
      this.show(mine);
      return true;
    } catch (failure) {
      // Offline: the next reconnect asks again. Anything else: this link has no conversation.
      if (failureCode(failure) !== 'NETWORK') this.refused = true;
      return false;
    }
  }

  override destroy(): void {
    super.destroy();
    this.record?.destroy();
    this.session.close();
  }

  private show(mine: ConversationForLeader): void {
    this.mine = mine;
    // The document of a link never changes; a second answer only refreshes the header.
    if (!this.record) this.record = new ConversationRecord(mine.docName, this.token);
  }
}
