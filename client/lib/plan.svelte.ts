import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { MESSAGE_STORED } from '../../shared/docs.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import {
  addAction,
  addSession,
  planActionsOf,
  planFragmentOf,
  planSessionsOf,
  readActions,
  readSessions,
  removeAction,
  removeSession,
  updateAction,
  updateSession,
} from '../../shared/plan-doc.js';
import type {
  ActionChange,
  PlanAction,
  PlanSession,
  PlanTextPart,
  SessionChange,
} from '../../shared/plan-doc.js';
import { readStoredStateVector } from './stored-notes.js';
import { collabSocket, collabUrl, newNoteId } from './collab-client.js';

/** `rejected`: the server refused a change from this screen (the plan would break a rule). */
export type PlanStatus = 'connecting' | 'synced' | 'offline' | 'refused' | 'rejected';

/**
 * One werkgroep's plan van aanpak, bound to its collaborative document. The text parts are
 * handed to the editors as Yjs fragments; the actions and meetings are read into plain arrays the
 * markup renders. Edits made while the connection is down stay in memory and go out when it is
 * back (the provider syncs the difference). Whether the server has them is told by the store
 * acknowledgement (MESSAGE_STORED): what this screen wrote is saved once the server's stored
 * state covers this screen's own clock.
 */
export class PlanState {
  actions = $state<PlanAction[]>([]);
  sessions = $state<PlanSession[]>([]);
  status = $state<PlanStatus>('connecting');
  /** True after the first sync: the editors then open the plan as it is, not an empty one. */
  loaded = $state(false);
  /** True while this screen holds edits the server has not confirmed storing. */
  unsent = $state(false);

  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  /**
   * A member's copy on this device, so what they write without a connection survives a reload;
   * readers keep none. Cleared when the server refuses the link (withdrawn or revoked).
   */
  private readonly local: IndexeddbPersistence | null;
  /** How far the server stored what this screen wrote (its clock for our client id). */
  private storedClock = 0;
  private readonly goOffline = () => {
    if (!this.stopped) this.status = 'offline';
    this.provider.disconnect();
  };
  private readonly goOnline = () => {
    if (!this.stopped) this.provider.connect();
  };

  /** Refused or rejected: this plan does not connect again until the page is reloaded. */
  private get stopped(): boolean {
    return this.status === 'refused' || this.status === 'rejected';
  }

  constructor(
    readonly name: string,
    token: string,
    readonly readOnly: boolean,
  ) {
    const params: Record<string, string> = readOnly ? {} : { ack: '1' };
    this.local = readOnly ? null : new IndexeddbPersistence(`buurtkracht:${name}`, this.doc);
    this.provider = new WebsocketProvider(collabUrl(), name, this.doc, {
      params,
      WebSocketPolyfill: collabSocket(token),
      disableBc: true,
      connect: navigator.onLine !== false,
    });
    // Presence carries no names; the plan shows no carets, so it carries nothing at all.
    this.provider.awareness.setLocalState(null);
    this.provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) => {
      this.storedClock = readStoredStateVector(decoder).get(this.doc.clientID) ?? 0;
      this.checkUnsent();
    };
    planActionsOf(this.doc).observeDeep(() => (this.actions = readActions(this.doc)));
    planSessionsOf(this.doc).observeDeep(() => (this.sessions = readSessions(this.doc)));
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.checkUnsent();
    });
    this.provider.on('sync', (synced: boolean) => {
      if (!synced || this.stopped) return;
      this.status = 'synced';
      this.loaded = true;
    });
    this.provider.on('status', ({ status }: { status: string }) => {
      if (this.stopped) return;
      if (status === 'disconnected') this.status = 'offline';
    });
    this.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === COLLAB_CLOSE.unauthorised || event?.code === COLLAB_CLOSE.forbidden) {
        this.status = 'refused';
        this.provider.shouldConnect = false;
        void this.local?.clearData();
      } else if (event?.code === COLLAB_CLOSE.rejected) {
        // Sent again it would be refused again: the copy on this device is dropped, and a
        // reload starts from what the server kept.
        this.status = 'rejected';
        this.provider.shouldConnect = false;
        void this.local?.clearData();
      } else if (!this.stopped) {
        this.status = 'offline';
      }
    });
    if (navigator.onLine === false) this.status = 'offline';
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
  }

  /** The shared text of one part, for its editor. */
  fragment(part: PlanTextPart): Y.XmlFragment {
    return planFragmentOf(this.doc, part);
  }

  /** Adds an empty action; its id, or null when the table is full. */
  addAction(): string | null {
    const id = newNoteId();
    return addAction(this.doc, { id }) ? id : null;
  }

  updateAction(id: string, change: ActionChange): void {
    updateAction(this.doc, id, change);
  }

  removeAction(id: string): void {
    removeAction(this.doc, id);
  }

  /** Adds a werkgroep meeting on `date`; its id, or null when the list is full. */
  addSession(date: string): string | null {
    const id = newNoteId();
    return addSession(this.doc, { id, date }) ? id : null;
  }

  updateSession(id: string, change: SessionChange): void {
    updateSession(this.doc, id, change);
  }

  removeSession(id: string): void {
    removeSession(this.doc, id);
  }

  destroy(): void {
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.provider.destroy();
    void this.local?.destroy();
    this.doc.destroy();
  }

  private checkUnsent(): void {
    this.unsent = Y.getState(this.doc.store, this.doc.clientID) > this.storedClock;
  }
}
