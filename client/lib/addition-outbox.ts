/**
 * The outbox of additions (and, with the same code, of questions at a terugkombijeenkomst):
 * every addition is written to the phone's storage before it is sent,
 * and stays there as "not sent yet" until the server acknowledges it. After a reconnect the
 * unsent ones go out again with the same id, so the server keeps each exactly once.
 *
 * Framework-free, so it can be tested without a browser; `addition-outbox.svelte.ts` makes it
 * reactive for the interface.
 */
import { randomId } from './random-id.js';

export type OutboxStatus = 'unsent' | 'received' | 'failed';

export interface OutboxItem {
  /** Chosen here, 20 url-safe characters; the server recognises a resend by it. */
  id: string;
  /** `null` for "iets anders"; always `null` for a question (the server knows who presents). */
  themeId: string | null;
  text: string;
  status: OutboxStatus;
  /** Why the server refused a resend (only for `failed`). */
  code?: string;
  createdAt: number;
}

export interface OutboxStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface OutboxDeps {
  /** Storage key: one outbox per meeting and participant. */
  key: string;
  storage: OutboxStore | null;
  /** Sends one addition; rejects with an error carrying `code` ('NETWORK' when unreachable). */
  send: (item: { id: string; themeId: string | null; text: string }) => Promise<unknown>;
  /** Whether the connection is up; when it is not, nothing is tried until the next flush. */
  isOnline: () => boolean;
  onchange: (items: OutboxItem[]) => void;
  now?: () => number;
  /** How long `submit` waits for the first answer before it reports the addition as queued. */
  patienceMs?: number;
  /** When to try again after the server said "too many" or a request timed out. */
  retryMs?: number;
}

/** Refused by the server: the text must change (or wait) before it can be sent. */
export class AdditionRefused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Received additions kept to show "what you sent"; unsent ones are never dropped. */
const KEEP_RECEIVED = 20;

/** `kind` keeps one phone's additions and questions apart; additions keep their old key. */
export function outboxKey(meetingId: string, owner: string, kind = 'outbox'): string {
  return `buurtkracht.${kind}.${meetingId}.${owner}`;
}

export const newAdditionId = (): string => randomId(15);

const codeOf = (error: unknown): string =>
  typeof (error as { code?: unknown })?.code === 'string'
    ? (error as { code: string }).code
    : 'NETWORK';

/** Codes after which the same addition may simply be sent again later. */
const TRANSIENT = new Set(['NETWORK', 'RATE_LIMITED', 'INTERNAL']);

function isItem(value: unknown): value is OutboxItem {
  const item = value as OutboxItem;
  return (
    typeof item?.id === 'string' &&
    typeof item.text === 'string' &&
    (item.themeId === null || typeof item.themeId === 'string') &&
    ['unsent', 'received', 'failed'].includes(item.status)
  );
}

/** `unsent`: try again later (offline, busy); `refused`: the server will not take it as it is. */
type Outcome = 'received' | { unsent: string } | { refused: string };

export class Outbox {
  private items: OutboxItem[] = [];
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;

  constructor(private readonly deps: OutboxDeps) {
    this.now = deps.now ?? Date.now;
    try {
      const saved: unknown = JSON.parse(deps.storage?.getItem(deps.key) ?? '[]');
      if (Array.isArray(saved)) this.items = saved.filter(isItem);
    } catch {
      // A damaged entry is ignored rather than breaking the page.
    }
  }

  list(): OutboxItem[] {
    return [...this.items];
  }

  /**
   * Stores the addition, then sends it. Resolves `received` on the server's ack, or `queued`
   * when the connection is down or slow (it goes out later by itself). Rejects with
   * {@link AdditionRefused} when the server refused it; the addition is then forgotten, so
   * the caller keeps the text in the field for the person to change.
   */
  async submit(themeId: string | null, text: string): Promise<'received' | 'queued'> {
    const item: OutboxItem = {
      id: newAdditionId(),
      themeId,
      text,
      status: 'unsent',
      createdAt: this.now(),
    };
    this.items = [...this.items, item];
    this.save();
    if (!this.deps.isOnline()) return 'queued';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const patience = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), this.deps.patienceMs ?? 4000);
    });
    const outcome = await Promise.race([this.deliver(item.id), patience]);
    clearTimeout(timer);
    if (outcome === 'received') return 'received';
    if (outcome === 'slow' || ('unsent' in outcome && outcome.unsent === 'NETWORK'))
      return 'queued';
    // Refused, or "too many" right now: the person sees why, with the text still in the field.
    this.remove(item.id);
    throw new AdditionRefused('unsent' in outcome ? outcome.unsent : outcome.refused);
  }

  /** Sends every unsent addition again, oldest first; call after each (re)connect. */
  async flush(): Promise<void> {
    this.clearRetry();
    for (const item of this.items.filter((entry) => entry.status === 'unsent')) {
      if (!this.deps.isOnline()) return;
      const outcome = await this.deliver(item.id);
      // Offline or "too many": the rest waits for the retry or the next reconnect.
      if (outcome !== 'received' && 'unsent' in outcome) return;
    }
  }

  /** Takes a refused addition out of the list, so its text can go back into the field. */
  putBack(id: string): OutboxItem | undefined {
    const item = this.items.find((entry) => entry.id === id);
    if (item) this.remove(id);
    return item;
  }

  destroy(): void {
    this.clearRetry();
  }

  /** One request per addition at a time: a flush during a send waits for that send. */
  private deliver(id: string): Promise<Outcome> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const attempt = this.attempt(id).finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, attempt);
    return attempt;
  }

  private async attempt(id: string): Promise<Outcome> {
    const item = this.items.find((entry) => entry.id === id);
    if (!item || item.status === 'received') return 'received';
    try {
      await this.deps.send({ id: item.id, themeId: item.themeId, text: item.text });
      this.update(id, { status: 'received', code: undefined });
      return 'received';
    } catch (error) {
      const code = codeOf(error);
      if (TRANSIENT.has(code)) {
        this.scheduleRetry();
        return { unsent: code };
      }
      // Shown as "niet gelukt" with its reason; `submit` removes it instead when it is waiting.
      this.update(id, { status: 'failed', code });
      return { refused: code };
    }
  }

  private update(id: string, change: Partial<OutboxItem>): void {
    this.items = this.items.map((entry) => (entry.id === id ? { ...entry, ...change } : entry));
    this.save();
  }

  private remove(id: string): void {
    this.items = this.items.filter((entry) => entry.id !== id);
    this.save();
  }

  private scheduleRetry(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.flush();
    }, this.deps.retryMs ?? 20_000);
  }

  private clearRetry(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  private save(): void {
    const received = this.items.filter((entry) => entry.status === 'received');
    const dropped = new Set(
      received.slice(0, Math.max(0, received.length - KEEP_RECEIVED)).map((e) => e.id),
    );
    this.items = this.items.filter((entry) => !dropped.has(entry.id));
    try {
      this.deps.storage?.setItem(this.deps.key, JSON.stringify(this.items));
    } catch {
      // Storage full or blocked: the addition is still in memory and will be sent.
    }
    this.deps.onchange(this.list());
  }
}
