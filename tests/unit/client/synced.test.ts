import { describe, expect, it } from 'vitest';
import { Synced } from '../../../client/lib/synced.js';
import type { SyncSource } from '../../../client/lib/synced.js';

/**
 * A session's reconnections, as MeetingSession tells them: `onSynced` runs a listener at once
 * when the session is in sync, and again after every reconnection.
 */
class Reconnections implements SyncSource {
  online = false;
  private readonly listeners = new Set<() => void>();

  onSynced(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.online) listener();
    return () => this.listeners.delete(listener);
  }

  reconnect(): void {
    this.online = true;
    for (const listener of this.listeners) listener();
  }
}

/** A list that reads what the server answers; `answers` says what the next reads get. */
class Themes extends Synced {
  loaded = false;
  list: string[] = [];
  reads = 0;
  stoppedListening = false;

  constructor(
    session: SyncSource,
    private readonly answers: (string[] | 'offline' | 'refused')[],
  ) {
    super();
    this.follow(session, () => (this.stoppedListening = true));
  }

  protected async read(): Promise<boolean> {
    this.reads++;
    const answer = this.answers.shift() ?? 'offline';
    if (answer === 'offline') throw new Error('NETWORK');
    if (answer === 'refused') return false;
    this.list = answer;
    return true;
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('state that reads again after every reconnection', () => {
  it('reads at once when the session is already in sync, and is then loaded', async () => {
    const session = new Reconnections();
    session.online = true;
    const themes = new Themes(session, [['Groen']]);
    await settled();
    expect(themes.list).toEqual(['Groen']);
    expect(themes.loaded).toBe(true);
  });

  it('waits for the connection, and keeps what it had when a read fails', async () => {
    const session = new Reconnections();
    const themes = new Themes(session, [['Groen'], 'offline', 'refused', ['Groen', 'Verkeer']]);
    await settled();
    expect(themes.reads).toBe(0);
    expect(themes.loaded).toBe(false);

    session.reconnect();
    await settled();
    expect(themes.list).toEqual(['Groen']);

    session.reconnect();
    session.reconnect();
    await settled();
    expect(themes.list).toEqual(['Groen']);
    expect(themes.loaded).toBe(true);

    session.reconnect();
    await settled();
    expect(themes.list).toEqual(['Groen', 'Verkeer']);
  });

  it('is not loaded while every read failed', async () => {
    const session = new Reconnections();
    session.online = true;
    const themes = new Themes(session, ['refused', 'offline']);
    session.reconnect();
    await settled();
    expect(themes.reads).toBe(2);
    expect(themes.loaded).toBe(false);
  });

  it('stops reading and listening once destroyed', async () => {
    const session = new Reconnections();
    const themes = new Themes(session, [['Groen'], ['Verkeer']]);
    session.reconnect();
    await settled();
    themes.destroy();
    expect(themes.stoppedListening).toBe(true);
    session.reconnect();
    await settled();
    expect(themes.reads).toBe(1);
    expect(themes.list).toEqual(['Groen']);
  });
});
