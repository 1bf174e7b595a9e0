import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LIMITS } from '../../../shared/limits.js';
import {
  LOCAL_ORIGIN,
  addNote,
  deleteNote,
  docName,
  editNote,
  moveNote,
  notesOf,
  parseDocName,
  canvasDocName,
  readNotes,
  recolourNote,
  isCleanNoteField,
} from '../../../shared/docs.js';
import {
  readRemovedNotes,
  removeNoteForNow,
  restoreNote,
  purgeRemovedNotes,
} from '../../../shared/canvas-undo.js';
import type { NewNote } from '../../../shared/docs.js';
import type { NoteColour } from '../../../shared/model.js';

const MEETING = 'abc123def';

function note(id: string, overrides: Partial<NewNote> = {}): NewNote {
  return {
    id,
    text: `note ${id}`,
    x: 0.5,
    y: 0.5,
    createdAt: 1000,
    ...overrides,
  };
}

/** Sends everything each doc has that the other lacks, both ways. */
function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

describe('docName and parseDocName', () => {
  it('round-trips a meeting id and kind', () => {
    expect(docName(MEETING, 'welcome')).toBe('abc123def/welcome');
    expect(parseDocName(docName(MEETING, 'welcome'))).toEqual({
      meetingId: MEETING,
      kind: 'welcome',
    });
  });

  it('accepts meeting ids with dashes and underscores, 8 to 40 characters', () => {
    expect(parseDocName('a_b-c_d-/welcome')).toEqual({
      meetingId: 'a_b-c_d-',
      kind: 'welcome',
    });
    const longest = 'x'.repeat(40);
    expect(parseDocName(`${longest}/welcome`)).toEqual({
      meetingId: longest,
      kind: 'welcome',
    });
  });

  it.each([
    ['x/welcome', 'meeting id too short'],
    [`${'x'.repeat(41)}/welcome`, 'meeting id too long'],
    ['../etc', 'path traversal'],
    ['../../etc/passwd', 'path traversal with more segments'],
    ['abcdefgh/unknown', 'unknown kind'],
    ['abcdefgh/welcome/extra', 'extra segment'],
    ['abcdefgh/welcome/', 'trailing slash'],
    ['abcdefgh', 'no kind'],
    ['abcdefgh/', 'empty kind'],
    ['/welcome', 'empty meeting id'],
    ['', 'empty name'],
    ['abc.defgh/welcome', 'dot in meeting id'],
    ['abcdefgh/Welcome', 'kind in another case'],
    ['abcdefgh/constructor', 'prototype property as kind'],
    ['abcdefgh/toString', 'prototype method as kind'],
  ])('rejects %j (%s)', (name) => {
    expect(parseDocName(name)).toBeNull();
  });
});

describe('note board helpers', () => {
  it('adds a note that readNotes returns with all its fields', () => {
    const doc = new Y.Doc();
    expect(
      addNote(
        doc,
        note('n1', {
          text: 'Speeltuin opknappen',
          x: 0.25,
          y: 0.75,
          colour: 'green',
        }),
      ),
    ).toBe(true);
    expect(readNotes(doc)).toEqual([
      {
        id: 'n1',
        text: 'Speeltuin opknappen',
        x: 0.25,
        y: 0.75,
        colour: 'green',
        createdAt: 1000,
        section: 'how',
      },
    ]);
  });

  it('gives a note without colour the yellow default', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1'));
    expect(readNotes(doc)[0].colour).toBe('yellow');
  });

  it('clamps positions to the board and truncates long text when adding', () => {
    const doc = new Y.Doc();
    addNote(
      doc,
      note('n1', {
        x: -0.3,
        y: 7,
        text: 'a'.repeat(LIMITS.noteTextLength + 100),
      }),
    );
    const [stored] = readNotes(doc);
    expect(stored.x).toBe(0);
    expect(stored.y).toBe(1);
    expect(stored.text).toHaveLength(LIMITS.noteTextLength);
    // What is stored in the document is already clean, not just what is read.
    expect(notesOf(doc).get('n1')?.get('text')).toHaveLength(LIMITS.noteTextLength);
  });

  it('returns notes oldest first, ties broken by id', () => {
    const doc = new Y.Doc();
    addNote(doc, note('c', { createdAt: 300 }));
    addNote(doc, note('b', { createdAt: 100 }));
    addNote(doc, note('a', { createdAt: 300 }));
    expect(readNotes(doc).map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });

  it('edits, moves and recolours a note', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1'));
    editNote(doc, 'n1', 'Nieuwe tekst');
    moveNote(doc, 'n1', 0.1, 0.9);
    recolourNote(doc, 'n1', 'pink');
    expect(readNotes(doc)).toEqual([
      {
        id: 'n1',
        text: 'Nieuwe tekst',
        x: 0.1,
        y: 0.9,
        colour: 'pink',
        createdAt: 1000,
        section: 'how',
      },
    ]);
  });

  it('truncates edited text and clamps moved positions', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1'));
    editNote(doc, 'n1', 'b'.repeat(LIMITS.noteTextLength * 2));
    moveNote(doc, 'n1', 2, -1);
    const [stored] = readNotes(doc);
    expect(stored.text).toBe('b'.repeat(LIMITS.noteTextLength));
    expect([stored.x, stored.y]).toEqual([1, 0]);
  });

  it('moving to a non-number position puts the note at 0 rather than NaN', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1'));
    moveNote(doc, 'n1', Number.NaN, Number.NaN);
    expect(readNotes(doc)[0]).toMatchObject({ x: 0, y: 0 });
  });

  it('ignores a colour that is not on the palette', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1', { colour: 'blue' }));
    recolourNote(doc, 'n1', 'purple' as NoteColour);
    expect(readNotes(doc)[0].colour).toBe('blue');
  });

  it('does nothing when editing, moving or recolouring a note that does not exist', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1'));
    editNote(doc, 'ghost', 'boo');
    moveNote(doc, 'ghost', 0.2, 0.2);
    recolourNote(doc, 'ghost', 'pink');
    expect(readNotes(doc).map((n) => n.id)).toEqual(['n1']);
    expect(notesOf(doc).has('ghost')).toBe(false);
  });

  it('deletes a note, and deleting an unknown note is harmless', () => {
    const doc = new Y.Doc();
    addNote(doc, note('n1'));
    addNote(doc, note('n2'));
    deleteNote(doc, 'n1');
    deleteNote(doc, 'ghost');
    expect(readNotes(doc).map((n) => n.id)).toEqual(['n2']);
  });

  it('marks its transactions with LOCAL_ORIGIN so observers can tell local edits', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tx) => origins.push(tx.origin));
    addNote(doc, note('n1'));
    editNote(doc, 'n1', 'x');
    moveNote(doc, 'n1', 0.3, 0.3);
    recolourNote(doc, 'n1', 'orange');
    deleteNote(doc, 'n1');
    expect(origins).toEqual(new Array(5).fill(LOCAL_ORIGIN));
  });

  it(`refuses a note past ${LIMITS.notesPerBoard} on one board`, () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < LIMITS.notesPerBoard; i++) {
        expect(addNote(doc, note(`n${i}`))).toBe(true);
      }
    });
    expect(addNote(doc, note('one-too-many'))).toBe(false);
    expect(notesOf(doc).size).toBe(LIMITS.notesPerBoard);
    expect(notesOf(doc).has('one-too-many')).toBe(false);

    deleteNote(doc, 'n0');
    expect(addNote(doc, note('fits-again'))).toBe(true);
  });
});

describe('readNotes with malformed entries from a peer', () => {
  it('skips a note whose text is a number', () => {
    const doc = new Y.Doc();
    addNote(doc, note('good'));
    const bad = new Y.Map<unknown>();
    notesOf(doc).set('bad', bad);
    bad.set('text', 42);
    bad.set('x', 0.5);
    bad.set('y', 0.5);
    expect(readNotes(doc).map((n) => n.id)).toEqual(['good']);
  });

  it('skips a note without a position', () => {
    const doc = new Y.Doc();
    const bad = new Y.Map<unknown>();
    notesOf(doc).set('bad', bad);
    bad.set('text', 'hallo');
    bad.set('x', '0.5');
    expect(readNotes(doc)).toEqual([]);
  });

  it('clamps raw positions to 0..1, truncates raw text, and defaults colour and createdAt', () => {
    const doc = new Y.Doc();
    const raw = new Y.Map<unknown>();
    notesOf(doc).set('raw', raw);
    raw.set('text', 'c'.repeat(LIMITS.noteTextLength + 1));
    raw.set('x', -5);
    raw.set('y', 12);
    raw.set('colour', 'rainbow');
    raw.set('createdAt', 'yesterday');
    expect(readNotes(doc)).toEqual([
      {
        id: 'raw',
        text: 'c'.repeat(LIMITS.noteTextLength),
        x: 0,
        y: 1,
        colour: 'yellow',
        createdAt: 0,
        section: 'how',
      },
    ]);
  });

  // One bad entry from a peer must not break every board that renders readNotes.
  it('skips an entry that is not a Y.Map instead of throwing', () => {
    const doc = new Y.Doc();
    addNote(doc, note('good'));
    const notes = notesOf(doc) as unknown as Y.Map<unknown>;
    notes.set('number', 42);
    notes.set('object', { text: 'plain', x: 0.5, y: 0.5 });
    let read: ReturnType<typeof readNotes> | undefined;
    expect(() => (read = readNotes(doc))).not.toThrow();
    expect(read?.map((n) => n.id)).toEqual(['good']);
  });
});

describe('two people on one board', () => {
  it('keeps both changes when one edits the text and the other moves the same note', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    addNote(alice, note('n1', { text: 'Oud', x: 0.5, y: 0.5, colour: 'blue' }));
    sync(alice, bob);
    expect(readNotes(bob)).toEqual(readNotes(alice));

    // Concurrent: neither has seen the other's change yet.
    editNote(alice, 'n1', 'Nieuw');
    moveNote(bob, 'n1', 0.2, 0.8);
    sync(alice, bob);

    const expected = [
      {
        id: 'n1',
        text: 'Nieuw',
        x: 0.2,
        y: 0.8,
        colour: 'blue',
        createdAt: 1000,
        section: 'how',
      },
    ];
    expect(readNotes(alice)).toEqual(expected);
    expect(readNotes(bob)).toEqual(expected);
  });

  it('both boards show the notes both people added', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    addNote(alice, note('a1', { createdAt: 1 }));
    addNote(bob, note('b1', { createdAt: 2 }));
    sync(alice, bob);
    expect(readNotes(alice).map((n) => n.id)).toEqual(['a1', 'b1']);
    expect(readNotes(bob)).toEqual(readNotes(alice));
  });
});

describe('canvas documents', () => {
  it('names and parses a subgroup canvas, and rejects malformed canvas names', () => {
    const name = canvasDocName(MEETING, 'group-0001');
    expect(name).toBe('abc123def/canvas/group-0001');
    expect(parseDocName(name)).toEqual({
      meetingId: MEETING,
      kind: 'canvas',
      groupId: 'group-0001',
    });
    for (const bad of [
      `${MEETING}/canvas`,
      `${MEETING}/canvas/x`,
      `${MEETING}/welcome/group-0001`,
    ]) {
      expect(parseDocName(bad), bad).toBeNull();
    }
  });

  it('keeps the question a canvas note answers, and defaults an unknown one to "how"', () => {
    const doc = new Y.Doc();
    addNote(doc, { ...note('n1'), section: 'helpers' });
    addNote(doc, note('n2', { createdAt: 2000 }));
    notesOf(doc).get('n2')?.set('section', 'nonsense');
    expect(readNotes(doc).map((n) => [n.id, n.section])).toEqual([
      ['n1', 'helpers'],
      ['n2', 'how'],
    ]);
  });
});

describe('changes to a table canvas note', () => {
  it('records who changed the text, by participant number, and when', () => {
    const doc = new Y.Doc();
    addNote(doc, note('a'));
    expect(readNotes(doc)[0].editedBy).toBeUndefined();
    editNote(doc, 'a', 'beter', { by: 17, at: 5000 });
    expect(readNotes(doc)[0]).toMatchObject({ text: 'beter', editedBy: 17, editedAt: 5000 });
  });

  it('hides a removed note from every reader, keeps it restorable, then purges it', () => {
    const doc = new Y.Doc();
    addNote(doc, note('a'));
    addNote(doc, note('b'));
    removeNoteForNow(doc, 'a', { by: 3, at: 10_000 });
    expect(readNotes(doc).map((n) => n.id)).toEqual(['b']);
    expect(readRemovedNotes(doc)).toMatchObject([{ id: 'a', text: 'note a', removedBy: 3 }]);

    restoreNote(doc, 'a');
    expect(readNotes(doc).map((n) => n.id)).toEqual(['a', 'b']);
    expect(readRemovedNotes(doc)).toEqual([]);

    removeNoteForNow(doc, 'a', { by: 3, at: 10_000 });
    expect(purgeRemovedNotes(doc, 10_000)).toBe(false); // not yet past the minute
    expect(purgeRemovedNotes(doc, 10_001)).toBe(true);
    expect(notesOf(doc).has('a')).toBe(false);
    expect(readNotes(doc).map((n) => n.id)).toEqual(['b']);
  });

  it('allows only participant numbers and times in the new fields', () => {
    expect(isCleanNoteField('editedBy', 17)).toBe(true);
    expect(isCleanNoteField('removedAt', 1_700_000_000_000)).toBe(true);
    expect(isCleanNoteField('editedBy', 'Ans')).toBe(false);
    expect(isCleanNoteField('removedBy', 0)).toBe(false);
    expect(isCleanNoteField('editedAt', Number.NaN)).toBe(false);
  });
});
