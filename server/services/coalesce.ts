/**
 * Runs a task once per key after a short delay, however often it was asked for meanwhile: while a
 * hall full of phones is answering, counts go out a few times a second instead of once per tap.
 */
export interface Coalescer {
  schedule(key: string): void;
  /** Drops what is still waiting; used when the server shuts down. */
  close(): void;
}

export function coalesce(delayMs: number, task: (key: string) => Promise<void>): Coalescer {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    schedule(key) {
      if (pending.has(key)) return;
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          // A count that fails to go out is superseded by the next change's count.
          task(key).catch(() => undefined);
        }, delayMs),
      );
    },
    close() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
