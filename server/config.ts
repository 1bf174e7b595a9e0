import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { RETENTION_DEFAULTS } from '../shared/model.js';
import type { RetentionMonths } from '../shared/model.js';
import { LIMITS } from '../shared/limits.js';

/** The shape of os.networkInterfaces(), passed in so tests can describe any machine. */
export type NetworkInterfaces = Record<string, Partial<NetworkInterfaceInfo>[] | undefined>;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** Base URL people reach the server by; used in QR codes and printed links. */
  publicUrl: string;
  /** True when PUBLIC_URL was given; otherwise the URL follows the port actually listened on. */
  publicUrlFixed: boolean;
  /** Host name or address phones are sent to when PUBLIC_URL is not set. */
  advertisedHost: string;
  dataDir: string;
  organiserToken: string;
  /** True when the organiser token was generated at start rather than set by ORGANISER_TOKEN. */
  organiserTokenGenerated: boolean;
  logLevel: LogLevel;
  /** Folder with the built client; the server serves it when present. */
  clientDir: string;
  /** Months a werkgroep sign-up (personal data) is kept before it is deleted automatically. */
  signupRetentionMonths: number;
  /** Months each kind of personal data is kept; see RETENTION_KINDS in shared/model.ts. */
  retention: RetentionMonths;
  /** Joins one network address may make at once per meeting (JOIN_BURST; see shared/limits.ts). */
  joinBurst: number;
  /** Misbehaving collab connections of one link per minute before it is refused a while. */
  collabStrikesPerMinute: number;
  /** Extra host names (with port when not the default) requests may be addressed to. */
  allowedHosts: string[];
  /**
   * Which proxies' X-Forwarded-For is believed (TRUST_PROXY, Express's "trust proxy"): the
   * address a phone is counted by for join budgets and failed joins.
   */
  trustProxy: string[];
  /** PostgreSQL in place of the SQLite file (DATABASE_URL); needed on several nodes. */
  databaseUrl: string | null;
  /** Redis between several nodes (REDIS_URL); none when this process is the only one. */
  redisUrl: string | null;
}

/** A whole number of months from 1 to 120 (ten years is surely beyond what anything needs). */
const months = (name: string, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number of months`)
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().int().min(1).max(120));

/** A connection URL of the given scheme; empty (an unset shell variable) counts as not set. */
const urlOf = (name: string, scheme: RegExp, schemes: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || scheme.test(value), `${name} must start with ${schemes}`)
    .transform((value) => value || null)
    .default(null);

const envSchema = z.object({
  // A digit string only: an empty PORT from an unset shell variable must not become port 0.
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, 'PORT must be a number')
    .default('3000')
    .transform(Number)
    .pipe(z.number().int().min(0).max(65535)),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  ORGANISER_TOKEN: z.string().min(16, 'ORGANISER_TOKEN must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
  // Personal data must not be kept longer than needed; ten years is surely beyond that.
  SIGNUP_RETENTION_MONTHS: months('SIGNUP_RETENTION_MONTHS', RETENTION_DEFAULTS.signups),
  NOTE_RETENTION_MONTHS: months('NOTE_RETENTION_MONTHS', RETENTION_DEFAULTS.notes),
  ADDITION_RETENTION_MONTHS: months('ADDITION_RETENTION_MONTHS', RETENTION_DEFAULTS.additions),
  DISPLAY_NAME_RETENTION_MONTHS: months(
    'DISPLAY_NAME_RETENTION_MONTHS',
    RETENTION_DEFAULTS.displayNames,
  ),
  CORE_GROUP_RETENTION_MONTHS: months('CORE_GROUP_RETENTION_MONTHS', RETENTION_DEFAULTS.coreGroup),
  AGREEMENT_OWNER_RETENTION_MONTHS: months(
    'AGREEMENT_OWNER_RETENTION_MONTHS',
    RETENTION_DEFAULTS.agreementOwners,
  ),
  PLAN_SNAPSHOT_RETENTION_MONTHS: months(
    'PLAN_SNAPSHOT_RETENTION_MONTHS',
    RETENTION_DEFAULTS.planSnapshots,
  ),
  CONVERSATION_RETENTION_MONTHS: months(
    'CONVERSATION_RETENTION_MONTHS',
    RETENTION_DEFAULTS.conversations,
  ),
  // A hall's worth of phones behind one router; see LIMITS.joinBurstPerAddress.
  JOIN_BURST: z
    .string()
    .trim()
    .regex(/^\d+$/, 'JOIN_BURST must be a whole number of joins')
    .default(String(LIMITS.joinBurstPerAddress))
    .transform(Number)
    .pipe(z.number().int().min(10).max(5000)),
  ALLOWED_HOSTS: z.string().default(''),
  TRUST_PROXY: z.string().default('loopback'),
  DATABASE_URL: urlOf('DATABASE_URL', /^postgres(ql)?:\/\//, 'postgres:// or postgresql://'),
  REDIS_URL: urlOf('REDIS_URL', /^rediss?:\/\//, 'redis:// or rediss://'),
  // A writer that reconnects to send one hostile update after another; see LIMITS.
  COLLAB_STRIKES_PER_MINUTE: z
    .string()
    .trim()
    .regex(/^\d+$/, 'COLLAB_STRIKES_PER_MINUTE must be a whole number')
    .default(String(LIMITS.collabStrikesPerMinute))
    .transform(Number)
    .pipe(z.number().int().min(1).max(1_000_000)),
});

/**
 * Reads the configuration from the environment, with defaults that run the embedded mode
 * (SQLite in ./data) without any setting. Throws with every problem listed when a value is wrong.
 */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  interfaces: NetworkInterfaces = networkInterfaces(),
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    // Each node would keep its own SQLite file: an evening split over several databases.
    throw new Error(
      'Invalid configuration:\n  REDIS_URL: several nodes share one PostgreSQL; set DATABASE_URL too',
    );
  }
  const listensEverywhere = e.HOST === '0.0.0.0' || e.HOST === '::';
  // Phones must reach the QR link over the hall's wifi, so "localhost" is no use to them:
  // without PUBLIC_URL we point at this machine's address on the local network.
  const shownHost = listensEverywhere ? (lanAddress(interfaces) ?? 'localhost') : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://${shownHost}:${e.PORT}`).replace(/\/+$/, ''),
    publicUrlFixed: e.PUBLIC_URL !== undefined,
    advertisedHost: shownHost,
    dataDir: path.resolve(e.DATA_DIR),
    organiserToken: e.ORGANISER_TOKEN ?? randomBytes(24).toString('base64url'),
    organiserTokenGenerated: e.ORGANISER_TOKEN === undefined,
    logLevel: e.LOG_LEVEL,
    clientDir: path.resolve(e.CLIENT_DIR),
    signupRetentionMonths: e.SIGNUP_RETENTION_MONTHS,
    retention: {
      signups: e.SIGNUP_RETENTION_MONTHS,
      notes: e.NOTE_RETENTION_MONTHS,
      additions: e.ADDITION_RETENTION_MONTHS,
      displayNames: e.DISPLAY_NAME_RETENTION_MONTHS,
      coreGroup: e.CORE_GROUP_RETENTION_MONTHS,
      agreementOwners: e.AGREEMENT_OWNER_RETENTION_MONTHS,
      planSnapshots: e.PLAN_SNAPSHOT_RETENTION_MONTHS,
      conversations: e.CONVERSATION_RETENTION_MONTHS,
    },
    joinBurst: e.JOIN_BURST,
    collabStrikesPerMinute: e.COLLAB_STRIKES_PER_MINUTE,
    allowedHosts: e.ALLOWED_HOSTS.split(',')
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ''),
    trustProxy: e.TRUST_PROXY.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
  };
}

/** The first IPv4 address of this machine on a network, if it has one. */
function lanAddress(interfaces: NetworkInterfaces): string | null {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal && address.address) return address.address;
    }
  }
  return null;
}

/**
 * The public URL once the server listens: PUBLIC_URL when set, else this machine's address with
 * the port really in use (which differs from PORT when PORT is 0).
 */
export function publicUrlFor(config: Config, listeningPort: number): string {
  return config.publicUrlFixed
    ? config.publicUrl
    : `http://${config.advertisedHost}:${listeningPort}`;
}
