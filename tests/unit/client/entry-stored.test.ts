import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEntry, updateEntry } from '../../../shared/conversation-doc.js';
import { StoredVector, entryStored, storedKey } from '../../../client/lib/entry-stored.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const entry = (id: string, text: string) => ({
  id,
  kind: 'quote' as const,
  speaker: 1,
  text,
  createdAt: 1,
});

describe('which entries the server stored', () => {
  it('marks an entry stored once the stored vector covers it, and unsent again after an edit', () => {
    const doc = new Y.Doc();
    addEntry(doc, entry('entry0001', 'We missen een bankje bij de bushalte.'));
    expect(entryStored(doc, 'entry0001', new Map())).toBe(false);
    const now = Y.decodeStateVector(Y.encodeStateVector(doc));
    expect(entryStored(doc, 'entry0001', now)).toBe(true);

    updateEntry(doc, 'entry0001', { text: 'We missen een bankje.' });
    expect(entryStored(doc, 'entry0001', now)).toBe(false);
    const later = Y.decodeStateVector(Y.encodeStateVector(doc));
    expect(entryStored(doc, 'entry0001', later)).toBe(true);
  });

  it('keeps an entry added after the last acknowledgement unsent, and an unknown id too', () => {
    const doc = new Y.Doc();
    addEntry(doc, entry('entry0001', 'Eerste'));
    const stored = Y.decodeStateVector(Y.encodeStateVector(doc));
    addEntry(doc, entry('entry0002', 'Tweede'));
    expect(entryStored(doc, 'entry0001', stored)).toBe(true);
    expect(entryStored(doc, 'entry0002', stored)).toBe(false);
    expect(entryStored(doc, 'missing01', stored)).toBe(false);
  });
});

describe('the stored vector kept on the device', () => {
  it('survives a reload and never goes back', () => {
    const storage = memoryStorage();
    const key = storedKey('meeting01/conversation/conv0001');
    const first = new StoredVector(storage, key);
    expect(first.merge(new Map([[7, 10]]))).toBe(true);
    expect(first.merge(new Map([[7, 4]]))).toBe(false);
    const reloaded = new StoredVector(storage, key);
    expect(reloaded.current.get(7)).toBe(10);
  });

  it('starts empty from unreadable storage', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(new StoredVector(storage, 'k').current.size).toBe(0);
    expect(new StoredVector(null, 'k').current.size).toBe(0);
  });
});
