import { describe, expect, it } from 'vitest';
import { leaderKey, loadLeaderView, saveLeaderView } from '../../../client/lib/leader-cache.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const view = {
  id: 'conv0001',
  meetingName: 'Buurtavond De Linde',
  group: 'ouderen De Linde',
  place: 'Buurthuis',
  date: '2026-12-10',
  time: '14:00',
  question: 'Wat heeft u nodig?',
  docName: 'meeting01/conversation/conv0001',
};

describe('the conversation kept on the device per link', () => {
  it('finds the conversation again by the same link, not by another', () => {
    const storage = memoryStorage();
    saveLeaderView(storage, 'token-one', view);
    expect(loadLeaderView(storage, 'token-one')).toEqual(view);
    expect(loadLeaderView(storage, 'token-two')).toBeNull();
  });

  it('does not write the token itself into storage', () => {
    const storage = memoryStorage();
    saveLeaderView(storage, 'secret-token-123', view);
    expect([...storage.items.keys()].join()).not.toContain('secret-token-123');
    expect(leaderKey('a')).not.toBe(leaderKey('b'));
  });

  it('ignores what is broken or incomplete', () => {
    const storage = memoryStorage();
    storage.setItem(leaderKey('t'), '{"id":"x"}');
    expect(loadLeaderView(storage, 't')).toBeNull();
    storage.setItem(leaderKey('t'), 'nope');
    expect(loadLeaderView(storage, 't')).toBeNull();
    expect(loadLeaderView(null, 't')).toBeNull();
  });
});
