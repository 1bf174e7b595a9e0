import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UpdateGate, RejectedUpdate } from '../../../server/collab/update-gate.js';
import { DOC_RULES } from '../../../server/collab/doc-rules.js';
import {
  addNote,
  deleteNote,
  editNote,
  moveNote,
  notesOf,
  readNotes,
  recolourNote,
} from '../../../shared/docs.js';
import {
  addAction,
  addSession,
  planActionsOf,
  planFragmentOf,
  readActions,
  updateAction,
} from '../../../shared/plan-doc.js';

/** A document as the server holds it, its gate, and a client that edits a copy of it. */
function served(kind: 'welcome' | 'plan') {
  const doc = new Y.Doc();
  const gate = new UpdateGate(doc, DOC_RULES[kind]);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
  /** Runs `change` on the client and offers the update it made to the gate. */
  const send = (change: (client: Y.Doc) => void) => {
    let update: Uint8Array | null = null;
    const listener = (u: Uint8Array) => (update = u);
    client.on('update', listener);
    change(client);
    client.off('update', listener);
    if (update) gate.apply(update, 'client');
  };
  return { doc, gate, client, send };
}

describe('the update gate lets through what our own screens write', () => {
  it('passes every note edit the board and canvas helpers make', () => {
    const { doc, send } = served('welcome');
    send((c) => addNote(c, { id: 'n1', text: 'Koffie', x: 0.2, y: 0.3, createdAt: 1 }));
    send((c) =>
      addNote(c, { id: 'n2', text: 'Bankje', x: 2, y: -1, createdAt: 2, section: 'needs' }),
    );
    send((c) => editNote(c, 'n1', 'Koffie op zaterdag'));
    send((c) => moveNote(c, 'n1', 0.9, 0.1));
    send((c) => recolourNote(c, 'n1', 'green'));
    send((c) => deleteNote(c, 'n2'));
    expect(readNotes(doc)).toMatchObject([
      { id: 'n1', text: 'Koffie op zaterdag', x: 0.9, y: 0.1, colour: 'green' },
    ]);
  });

  it('passes the rich text, lists, marks and tables a werkgroep writes in its plan', () => {
    const { doc, send } = served('plan');
    send((c) => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 3 as never);
      const title = new Y.XmlText();
      title.insert(0, 'Doel', { bold: {} });
      heading.insert(0, [title]);
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Een moestuin achter het dorpshuis')]);
      item.insert(0, [paragraph]);
      list.insert(0, [item]);
      planFragmentOf(c, 'goal').insert(0, [heading, list]);
    });
    send((c) => addAction(c, { id: 'a1', what: 'Grond vragen', who: 'Ans', due: '2027-01-15' }));
    send((c) => updateAction(c, 'a1', { status: 'doing' }));
    send((c) => addSession(c, { id: 's1', date: '2027-01-08', present: 'Ans, Kees' }));
    expect(readActions(doc)).toMatchObject([{ id: 'a1', status: 'doing' }]);
    expect(planFragmentOf(doc, 'goal').toString()).toContain('moestuin');
  });

  it('follows what the server writes itself, so a change to it from a client still fits', () => {
    const { doc, client, send } = served('welcome');
    // Written by the server straight into the document, not through the gate.
    addNote(doc, { id: 'server', text: 'Welkom', x: 0.5, y: 0.5, createdAt: 0 });
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    send((c) => editNote(c, 'server', 'Welkom allemaal'));
    expect(readNotes(doc)[0].text).toBe('Welkom allemaal');
  });
});

describe('the update gate refuses whole and leaves nothing behind', () => {
  it('refuses a plan row with a field the plan does not have, and applies none of its update', () => {
    const { doc, send } = served('plan');
    expect(() =>
      send((c) => {
        addAction(c, { id: 'ok1', what: 'Goed' });
        planActionsOf(c).get(0).set('email', 'iemand@example.nl');
      }),
    ).toThrow(RejectedUpdate);
    expect(planActionsOf(doc).length).toBe(0);
  });

  it('refuses anything in the plenary board, which only the server writes', () => {
    const doc = new Y.Doc();
    const gate = new UpdateGate(doc, DOC_RULES.plenary);
    const client = new Y.Doc();
    let update: Uint8Array | null = null;
    client.on('update', (u: Uint8Array) => (update = u));
    client.getMap('additions').set('x', new Y.Map());
    expect(() => gate.apply(update!, 'client')).toThrow(RejectedUpdate);
    expect(doc.getMap('additions').size).toBe(0);
  });

  it('refuses a note that is not a map, and then keeps taking good notes from a fresh copy', () => {
    const { doc, gate, send } = served('welcome');
    expect(() =>
      send((c) => (notesOf(c) as unknown as Y.Map<unknown>).set('n1', 'geen briefje')),
    ).toThrow(RejectedUpdate);
    expect(notesOf(doc).size).toBe(0);
    // The twin was rebuilt from the document: the same gate takes the next good change.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    let update: Uint8Array | null = null;
    fresh.on('update', (u: Uint8Array) => (update = u));
    addNote(fresh, { id: 'n2', text: 'Nog steeds', x: 0, y: 0, createdAt: 1 });
    gate.apply(update!, 'client');
    expect(readNotes(doc).map((n) => n.id)).toEqual(['n2']);
  });
});
