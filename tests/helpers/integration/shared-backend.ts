/**
 * A PostgreSQL cluster and a redis-server of a test file's own, for tests of several nodes:
 * started once before the file's tests and stopped after them. Each test takes a fresh
 * database (`backend()`), so nodes of one test never see another test's meetings.
 */
import { afterAll, beforeAll } from 'vitest';
import { startPostgres } from '../postgres.js';
import type { PostgresCluster } from '../postgres.js';
import { startRedis } from '../redis.js';
import type { RedisServer } from '../redis.js';
import type { SharedBackend } from '../server.js';

export interface SharedServices {
  /** The cluster, for a test that stops or pauses it. */
  postgres(): PostgresCluster;
  /** The redis-server, for a test that kills or restarts it. */
  redis(): RedisServer;
  /** A fresh database on the cluster, and the redis-server. */
  backend(): Promise<SharedBackend>;
}

export function useSharedBackend(): SharedServices {
  let postgres: PostgresCluster | undefined;
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });
  const started = <T>(service: T | undefined): T => {
    if (!service) throw new Error('the shared backend is not started yet');
    return service;
  };
  return {
    postgres: () => started(postgres),
    redis: () => started(redis),
    backend: async () => ({
      databaseUrl: await started(postgres).createDatabase(),
      redisUrl: started(redis).url,
    }),
  };
}
