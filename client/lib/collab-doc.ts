import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { MESSAGE_STORED } from '../../shared/docs.js';
import { readStoredStateVector } from './stored-notes.js';
import { closeStatus, isStopped, nextStatus } from './collab-status.js';
import type { CollabEvent, CollabStatus } from './collab-status.js';

/** How long a device waits for IndexedDB before it connects without it (some old browsers hang). */
const LOCAL_COPY_PATIENCE_MS = 3000;

/** What a screen reads of a document's connection; reactive when the page makes it `$state`. */
export interface CollabView {
  status: CollabStatus;
  /** True after the first sync: editors then open the document as it is, not an empty one. */
  loaded: boolean;
  /** With `keep`: this device wrote something the server has not confirmed storing. */
  unsent: boolean;
}

/** A document's copy on this device: IndexedDB in a browser (y-indexeddb). */
export interface LocalCopy {
  readonly whenSynced: Promise<unknown>;
  clearData(): Promise<void>;
  destroy(): Promise<void>;
}

/** Where documents live and how to reach them: the page's host, or a test server. */
export interface CollabLink {
  url: string;
  /** A WebSocket class that sends the token as its first frame (see shared/collab-auth.ts). */
  WebSocket: typeof WebSocket;
  /** Opens the copy on this device that `keep` asks for. */
  localCopy(name: string, doc: Y.Doc): LocalCopy;
}

export interface CollabDocOptions {
  /**
   * This device writes here and must not lose it: a copy in IndexedDB, so what is written
   * without a connection survives a reload, and the server's acknowledgement of what it stored
   * (MESSAGE_STORED), so `unsent` says what has not arrived yet. Readers keep nothing.
   */
  keep?: boolean;
  /**
   * A refusal also wipes the copy on this device: a plan's link was withdrawn or revoked. A
   * canvas keeps it, since its member may only have moved to another table and come back.
   */
  forgetWhenRefused?: boolean;
  /** Told once the provider finished handling a refusal, so the owner may destroy this. */
  onrefused?: () => void;
  /** Told the server's stored state vector, for marks finer than `unsent` (a canvas's notes). */
  onstored?: (stored: Map<number, number>) => void;
}

export const initialView = (): CollabView => ({
  status: 'connecting',
  loaded: false,
  unsent: false,
});

/**
 * One collaborative document of any kind (welcome board, canvas, plan, plenary board) with its
 * connection: status, the copy on this device, refusals and the stored acknowledgement. The
 * kind's own state class reads and writes `doc` through shared/; markup never touches Yjs.
 *
 * A device that knows it has no network stops trying at once instead of waiting for a timeout,
 * says so, and connects again as soon as the network is back. Framework-free, so it runs in a
 * test against the real server; the page passes a `$state` view (see collab-client.svelte.ts).
 */
export class CollabDoc {
  readonly doc = new Y.Doc();
  private provider: WebsocketProvider | null = null;
  private readonly local: LocalCopy | null = null;
  /** How far the server stored what this device wrote (its clock for our client id). */
  private storedClock = 0;
  private destroyed = false;
  private readonly goOffline = () => {
    this.apply({ kind: 'network-lost' });
    this.provider?.disconnect();
  };
  private readonly goOnline = () => {
    if (!isStopped(this.status)) this.provider?.connect();
  };

  constructor(
    readonly name: string,
    private readonly link: CollabLink,
    private readonly options: CollabDocOptions = {},
    readonly view: CollabView = initialView(),
  ) {
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.checkUnsent();
    });
    if (!options.keep) {
      this.connect();
      return;
    }
    this.local = link.localCopy(name, this.doc);
    // Connect once the local copy is loaded, so the first sync already offers what the device has.
    const patience = setTimeout(() => this.connect(), LOCAL_COPY_PATIENCE_MS);
    void this.local.whenSynced.then(() => {
      clearTimeout(patience);
      this.connect();
    });
  }

  get status(): CollabStatus {
    return this.view.status;
  }

  get loaded(): boolean {
    return this.view.loaded;
  }

  get unsent(): boolean {
    return this.view.unsent;
  }

  destroy(): void {
    this.destroyed = true;
    if (typeof window !== 'undefined') {
      window.removeEventListener('offline', this.goOffline);
      window.removeEventListener('online', this.goOnline);
    }
    this.provider?.destroy();
    void this.local?.destroy();
    this.doc.destroy();
  }

  private connect(): void {
    if (this.destroyed || this.provider) return;
    const online = globalThis.navigator?.onLine !== false;
    const provider = new WebsocketProvider(this.link.url, this.name, this.doc, {
      WebSocketPolyfill: this.link.WebSocket,
      params: this.options.keep ? { ack: '1' } : {},
      disableBc: true,
      connect: online,
      // y-websocket stops for good on every 44xx; only a refusal or a rejected change is final
      // here. Sent too fast (4429) or a bad frame (4400) is tried again with the back-off.
      shouldReconnect: (event) => !isStopped(closeStatus(event.code)),
    });
    this.provider = provider;
    // Presence carries no names; the server strips anything else anyway.
    provider.awareness.setLocalState(null);
    if (this.options.keep) {
      provider.messageHandlers[MESSAGE_STORED] = (_encoder, decoder) =>
        this.stored(readStoredStateVector(decoder));
    }
    provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      this.apply({ kind: 'synced' });
      if (this.status === 'synced') this.view.loaded = true;
    });
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') this.apply({ kind: 'disconnected' });
    });
    provider.on('connection-close', (event: CloseEvent | null) =>
      this.closed(provider, event?.code),
    );
    if (!online) this.apply({ kind: 'network-lost' });
    if (typeof window !== 'undefined') {
      window.addEventListener('offline', this.goOffline);
      window.addEventListener('online', this.goOnline);
    }
  }

  private closed(provider: WebsocketProvider, code: number | undefined): void {
    if (isStopped(this.status)) return;
    this.apply({ kind: 'closed', code });
    if (!isStopped(this.status)) return;
    provider.shouldConnect = false;
    // What the server refused would be refused again after a reload, so the copy on this device
    // is dropped and the reload starts from what the server kept.
    if (this.status === 'rejected' || this.options.forgetWhenRefused) void this.local?.clearData();
    const onrefused = this.options.onrefused;
    if (this.status === 'refused' && onrefused) queueMicrotask(onrefused);
  }

  private stored(stored: Map<number, number>): void {
    this.storedClock = stored.get(this.doc.clientID) ?? 0;
    this.checkUnsent();
    this.options.onstored?.(stored);
  }

  private checkUnsent(): void {
    if (!this.options.keep) return;
    this.view.unsent = Y.getState(this.doc.store, this.doc.clientID) > this.storedClock;
  }

  private apply(event: CollabEvent): void {
    this.view.status = nextStatus(this.view.status, event);
  }
}
