import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  addNote,
  deleteNote,
  editNote,
  moveNote,
  notesOf,
  readNotes,
  recolourNote,
} from '../../shared/docs.js';
import type { Note } from '../../shared/docs.js';
import type { NoteColour } from '../../shared/model.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { collabSocket, collabUrl, newNoteId } from './collab-client.js';

/** `rejected`: the server refused a change of this screen (too long, too many): reload. */
export type BoardStatus = 'connecting' | 'synced' | 'offline' | 'refused' | 'rejected';

/**
 * A note board bound to one collaborative document. Markup reads `notes` and calls the methods;
 * it never touches Yjs. Edits made while offline stay in the document and are sent on reconnect.
 */
export class BoardState {
  notes = $state<Note[]>([]);
  status = $state<BoardStatus>('connecting');
  /** True while this screen holds edits the server has not confirmed to have. */
  unsent = $state(false);

  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;

  constructor(
    readonly name: string,
    token: string,
    readonly writable: boolean,
  ) {
    this.provider = new WebsocketProvider(collabUrl(), name, this.doc, {
      WebSocketPolyfill: collabSocket(token),
      disableBc: true,
    });
    // Presence carries no names; the server strips anything else anyway.
    this.provider.awareness.setLocalState(null);
    notesOf(this.doc).observeDeep(() => (this.notes = readNotes(this.doc)));
    this.provider.on('sync', (synced: boolean) => {
      if (synced) {
        this.status = 'synced';
        this.unsent = false;
      }
    });
    this.provider.on('status', ({ status }: { status: string }) => {
      if (this.status === 'refused' || this.status === 'rejected') return;
      if (status === 'disconnected') this.status = 'offline';
      if (status === 'connecting' && this.status === 'offline') this.status = 'connecting';
    });
    this.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === COLLAB_CLOSE.unauthorised || event?.code === COLLAB_CLOSE.forbidden) {
        this.status = 'refused';
        this.provider.shouldConnect = false;
      } else if (event?.code === COLLAB_CLOSE.rejected) {
        // Sending it again would be refused again: stop, and ask for a reload.
        this.status = 'rejected';
        this.provider.shouldConnect = false;
      }
    });
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider && this.status !== 'synced') this.unsent = true;
    });
  }

  add(text: string, x: number, y: number, colour: NoteColour = 'yellow'): boolean {
    return addNote(this.doc, { id: newNoteId(), text, x, y, colour, createdAt: Date.now() });
  }

  edit(id: string, text: string): void {
    editNote(this.doc, id, text);
  }

  move(id: string, x: number, y: number): void {
    moveNote(this.doc, id, x, y);
  }

  recolour(id: string, colour: NoteColour): void {
    recolourNote(this.doc, id, colour);
  }

  remove(id: string): void {
    deleteNote(this.doc, id);
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
