/**
 * Runs tasks of one key one after another, tasks of different keys side by side. A store call
 * is awaited between reading and writing, so two commands on the same thing (a resent question,
 * two quick clicks on "show") could otherwise both read the old state and both write.
 */
export type OneAtATime = <T>(key: string, run: () => Promise<T>) => Promise<T>;

export function keyedQueue(): OneAtATime {
  const running = new Map<string, Promise<unknown>>();
  return (key, run) => {
    const result = (running.get(key) ?? Promise.resolve()).then(run, run);
    const settled = result.catch(() => undefined);
    running.set(key, settled);
    void settled.then(() => {
      if (running.get(key) === settled) running.delete(key);
    });
    return result;
  };
}

/** Makes a OneAtATime per scope (a service); over every node when there are several. */
export type Serialise = (scope: string) => OneAtATime;

/** One process's queues: what a single node needs. */
export const localSerialise: Serialise = () => keyedQueue();
