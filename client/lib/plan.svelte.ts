import type * as Y from 'yjs';
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
import { CollabState, newNoteId } from './collab-client.svelte.js';

/**
 * One werkgroep's plan van aanpak, bound to its collaborative document. The text parts are
 * handed to the editors as Yjs fragments; the actions and meetings are read into plain arrays the
 * markup renders. Edits made while the connection is down stay in memory and go out when it is
 * back (the provider syncs the difference). Whether the server has them is told by the store
 * acknowledgement (MESSAGE_STORED): what this screen wrote is saved once the server's stored
 * state covers this screen's own clock.
 */
export class PlanState extends CollabState {
  actions = $state<PlanAction[]>([]);
  sessions = $state<PlanSession[]>([]);

  constructor(
    name: string,
    token: string,
    readonly readOnly: boolean,
  ) {
    // A member's copy is kept on this device; readers keep none. A withdrawn or revoked link
    // wipes it.
    super(name, token, { keep: !readOnly, forgetWhenRefused: true });
    const doc = this.doc;
    planActionsOf(doc).observeDeep(() => (this.actions = readActions(doc)));
    planSessionsOf(doc).observeDeep(() => (this.sessions = readSessions(doc)));
  }

  /** True after the first sync: the editors then open the plan as it is, not an empty one. */
  get loaded(): boolean {
    return this.collab.loaded;
  }

  /** True while this screen holds edits the server has not confirmed storing. */
  get unsent(): boolean {
    return this.collab.unsent;
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
}
