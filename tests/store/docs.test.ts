import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../server/store/store.js';
import { BACKENDS, useStore } from './backends.js';

/** Applies every stored update of `name` to a new document. */
async function loadDoc(store: Store, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of await store.loadDocUpdates(name)) Y.applyUpdate(doc, update);
  return doc;
}

describe.each(BACKENDS)('Store contract on %s: collaborative document logs', (backend) => {
  const { store } = useStore(backend);

  it('returns the log length on append and the updates in order on load', async () => {
    const updates = [new Uint8Array([1, 0, 255]), new Uint8Array([]), new Uint8Array([0, 0, 7])];
    const counts = [];
    for (const update of updates) counts.push(await store().appendDocUpdate('m/canvas/g1', update));
    await store().appendDocUpdate('m/canvas/g2', new Uint8Array([9]));
    expect(counts).toEqual([1, 2, 3]);
    expect(await store().loadDocUpdates('m/canvas/g1')).toEqual(updates);
    expect(await store().loadDocUpdates('m/canvas/none')).toEqual([]);
  });

  it('rebuilds a Yjs document from its log, and from its compacted snapshot', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('goal');
    text.insert(0, 'Meer bomen');
    text.insert(4, ' en grotere');
    doc.getMap('notes').set('n1', 'Plantenbakken');
    text.delete(0, 5);
    for (const update of updates) await store().appendDocUpdate('plan', update);
    expect(await store().loadDocUpdates('plan')).toEqual(updates);
    const fromLog = await loadDoc(store(), 'plan');
    expect(fromLog.getText('goal').toString()).toBe('en grotere bomen');
    expect(fromLog.getMap('notes').get('n1')).toBe('Plantenbakken');

    let merged: Uint8Array[] = [];
    await store().compactDoc('plan', (log) => {
      merged = log;
      return Y.encodeStateAsUpdate(fromLog);
    });
    expect(merged).toEqual(updates);
    expect(await store().loadDocUpdates('plan')).toHaveLength(1);
    const fromSnapshot = await loadDoc(store(), 'plan');
    expect(fromSnapshot.getText('goal').toString()).toBe('en grotere bomen');
    expect(await store().appendDocUpdate('plan', new Uint8Array([0, 0]))).toBe(2);
  });

  it('leaves one snapshot when two compactions of a document run at once', async () => {
    for (let i = 0; i < 20; i++) await store().appendDocUpdate('doc', new Uint8Array([i]));
    await store().appendDocUpdate('other', new Uint8Array([1]));
    const logsSeen: number[] = [];
    const mergeAs = (byte: number) => (log: Uint8Array[]) => {
      logsSeen.push(log.length);
      return new Uint8Array([byte]);
    };
    await Promise.all([
      store().compactDoc('doc', mergeAs(100)),
      store().compactDoc('doc', mergeAs(200)),
    ]);
    const left = await store().loadDocUpdates('doc');
    expect(left).toHaveLength(1);
    expect([100, 200]).toContain(left[0][0]);
    // The second waited for the first and merged its snapshot, not the 20 rows again.
    expect(logsSeen).toEqual([20, 1]);
    expect(await store().loadDocUpdates('other')).toEqual([new Uint8Array([1])]);
  });

  it('keeps updates appended after a compaction, next to its snapshot', async () => {
    await store().appendDocUpdate('doc', new Uint8Array([1]));
    const appends = Array.from({ length: 10 }, (_, i) =>
      store().appendDocUpdate('doc', new Uint8Array([10 + i])),
    );
    await Promise.all(appends);
    await store().compactDoc('doc', () => new Uint8Array([99]));
    // One writer after another: each count is exact (concurrent writers' counts are only a
    // hint for when to compact, see appendDocUpdate).
    const late: number[] = [];
    for (const byte of [50, 51, 52]) {
      late.push(await store().appendDocUpdate('doc', new Uint8Array([byte])));
    }
    expect(late).toEqual([2, 3, 4]);
    const bytes = (await store().loadDocUpdates('doc')).map((update) => update[0]);
    expect(bytes).toEqual([99, 50, 51, 52]);
  });

  it('keeps an update another writer appends while a compaction merges', async () => {
    for (const byte of [1, 2, 3]) await store().appendDocUpdate('doc', new Uint8Array([byte]));
    let appended: Promise<number> | undefined;
    await store().compactDoc('doc', (log) => {
      // Another node stores an edit the merge has not seen.
      appended = store().appendDocUpdate('doc', new Uint8Array([7]));
      return new Uint8Array([log.length]);
    });
    await appended;
    const bytes = (await store().loadDocUpdates('doc')).map((update) => update[0]).sort();
    expect(bytes).toEqual([3, 7]);
  });

  it('leaves an empty log alone when compacting', async () => {
    await store().compactDoc('never-written', () => new Uint8Array([1]));
    expect(await store().loadDocUpdates('never-written')).toEqual([]);
  });
});
