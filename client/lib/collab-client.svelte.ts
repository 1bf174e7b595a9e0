import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { withToken } from '../../shared/collab-auth.js';
import { CollabDoc, initialView } from './collab-doc.js';
import { randomId } from './random-id.js';
import type { CollabDocOptions, CollabView } from './collab-doc.js';
import type { CollabStatus } from './collab-status.js';

/**
 * Opens a collaborative document of this page, its status reactive for the markup: the one call
 * a view or state class needs for any document kind.
 */
export function openCollabDoc(
  name: string,
  token: string,
  options: CollabDocOptions = {},
): CollabDoc {
  const view = $state<CollabView>(initialView());
  const link = {
    url: collabUrl(),
    WebSocket: collabSocket(token),
    localCopy: (docName: string, doc: Y.Doc) =>
      new IndexeddbPersistence(`buurtkracht:${docName}`, doc),
  };
  return new CollabDoc(name, link, options, view);
}

/**
 * The base of a document kind's state class (board, canvas, plan, plenary board): it opens the
 * document and hands the markup its status; the kind reads and writes `doc` through shared/.
 */
export abstract class CollabState {
  protected readonly collab: CollabDoc;

  constructor(
    readonly name: string,
    token: string,
    options: CollabDocOptions = {},
  ) {
    this.collab = openCollabDoc(name, token, options);
  }

  /** `rejected`: the server refused a change from this screen (too long, too many): reload. */
  get status(): CollabStatus {
    return this.collab.status;
  }

  protected get doc(): Y.Doc {
    return this.collab.doc;
  }

  destroy(): void {
    this.collab.destroy();
  }
}

/**
 * The WebSocket class a provider opens its connections with: it sends `token` as its first
 * frame, so no secret travels in a URL (proxies log those).
 */
export function collabSocket(token: string): typeof WebSocket {
  return withToken(WebSocket, token);
}

/** Where this page's collaborative documents live: the same host, over ws or wss. */
export function collabUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

/** A random, URL-safe note id; made on the phone so an edit made offline already has its id. */
export const newNoteId = (): string => randomId(9);
