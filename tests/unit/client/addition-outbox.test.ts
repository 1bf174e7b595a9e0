import { describe, expect, it, vi } from 'vitest';
import {
  AdditionRefused,
  Outbox,
  newAdditionId,
  outboxKey,
} from '../../../client/lib/addition-outbox.js';
import type { OutboxDeps, OutboxItem } from '../../../client/lib/addition-outbox.js';

class FakeStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

const KEY = outboxKey('meeting12', 'p7');
const networkError = () => Object.assign(new Error('offline'), { code: 'NETWORK' });

function outboxWith(overrides: Partial<OutboxDeps> & { storage?: FakeStorage } = {}) {
  const storage = overrides.storage ?? new FakeStorage();
  let online = true;
  const seen: OutboxItem[][] = [];
  const send = vi.fn<OutboxDeps['send']>(async () => ({ status: 'received' }));
  const outbox = new Outbox({
    key: KEY,
    storage,
    send,
    isOnline: () => online,
    onchange: (items) => seen.push(items),
    patienceMs: 50,
    retryMs: 60_000,
    ...overrides,
  });
  const stored = (): OutboxItem[] => JSON.parse(storage.getItem(KEY) ?? '[]') as OutboxItem[];
  return { outbox, storage, send, stored, seen, setOnline: (value: boolean) => (online = value) };
}

describe('addition outbox', () => {
  it('makes ids of 20 url-safe characters', () => {
    const ids = new Set(Array.from({ length: 200 }, newAdditionId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{20}$/);
  });

  it('stores an addition before sending it, and marks it received on the ack', async () => {
    const { outbox, send, stored } = outboxWith();
    send.mockImplementationOnce(async () => {
      expect(stored()).toMatchObject([{ text: 'Meer bankjes', status: 'unsent' }]);
      return {};
    });
    await expect(outbox.submit('theme1234', 'Meer bankjes')).resolves.toBe('received');
    expect(stored()).toMatchObject([
      { text: 'Meer bankjes', themeId: 'theme1234', status: 'received' },
    ]);
  });

  it('queues without sending while offline, then sends once with the same id', async () => {
    const { outbox, send, stored, setOnline } = outboxWith();
    setOnline(false);
    await expect(outbox.submit(null, 'Iets anders')).resolves.toBe('queued');
    expect(send).not.toHaveBeenCalled();
    const id = stored()[0].id;
    setOnline(true);
    await Promise.all([outbox.flush(), outbox.flush()]);
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0]).toEqual({ id, themeId: null, text: 'Iets anders' });
    expect(stored()[0].status).toBe('received');
  });

  it('keeps an addition whose send failed on the network, and resends it after a reload', async () => {
    const storage = new FakeStorage();
    const first = outboxWith({ storage, send: vi.fn(async () => Promise.reject(networkError())) });
    await expect(first.outbox.submit('theme1234', 'Drempel bij school')).resolves.toBe('queued');
    first.outbox.destroy();
    expect(first.stored()[0].status).toBe('unsent');

    const reloaded = outboxWith({ storage });
    expect(reloaded.outbox.list()).toMatchObject([
      { text: 'Drempel bij school', status: 'unsent' },
    ]);
    await reloaded.outbox.flush();
    expect(reloaded.send).toHaveBeenCalledWith({
      id: first.stored()[0].id,
      themeId: 'theme1234',
      text: 'Drempel bij school',
    });
    expect(reloaded.stored()[0].status).toBe('received');
  });

  it('gives a refused addition back to the caller and forgets it', async () => {
    const refuse = vi.fn(async () =>
      Promise.reject(Object.assign(new Error('x'), { code: 'TEXT_TOO_LONG' })),
    );
    const { outbox, stored } = outboxWith({ send: refuse });
    const attempt = outbox.submit(null, 'x'.repeat(300));
    await expect(attempt).rejects.toBeInstanceOf(AdditionRefused);
    await expect(attempt).rejects.toMatchObject({ code: 'TEXT_TOO_LONG' });
    expect(stored()).toEqual([]);
  });

  it('tells "too many" at once too, so the text stays in the field', async () => {
    const limited = vi.fn(async () =>
      Promise.reject(Object.assign(new Error('x'), { code: 'RATE_LIMITED' })),
    );
    const { outbox, stored } = outboxWith({ send: limited });
    await expect(outbox.submit(null, 'Zesde aanvulling')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(stored()).toEqual([]);
    outbox.destroy();
  });

  it('marks a resend the server refuses as failed, and can put it back', async () => {
    const storage = new FakeStorage();
    const offline = outboxWith({ storage });
    offline.setOnline(false);
    await offline.outbox.submit('gone1234', 'Over een verborgen thema');
    const refuse = vi.fn(async () =>
      Promise.reject(Object.assign(new Error('x'), { code: 'NOT_FOUND' })),
    );
    const later = outboxWith({ storage, send: refuse });
    await later.outbox.flush();
    expect(later.stored()).toMatchObject([{ status: 'failed', code: 'NOT_FOUND' }]);
    const back = later.outbox.putBack(later.stored()[0].id);
    expect(back?.text).toBe('Over een verborgen thema');
    expect(later.stored()).toEqual([]);
  });

  it('reports a slow send as queued and still records the late ack', async () => {
    let release: () => void = () => {};
    const slow = vi.fn(() => new Promise((resolve) => (release = () => resolve({}))));
    const { outbox, stored } = outboxWith({ send: slow });
    await expect(outbox.submit(null, 'Langzame wifi')).resolves.toBe('queued');
    expect(stored()[0].status).toBe('unsent');
    release();
    await vi.waitFor(() => expect(stored()[0].status).toBe('received'));
  });

  it('ignores a damaged storage entry', () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, '{not json');
    expect(outboxWith({ storage }).outbox.list()).toEqual([]);
    storage.setItem(
      KEY,
      JSON.stringify([{ id: 1 }, { id: 'abc', text: 'ok', themeId: null, status: 'unsent' }]),
    );
    expect(outboxWith({ storage }).outbox.list()).toHaveLength(1);
  });
});
