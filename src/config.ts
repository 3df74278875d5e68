import path from 'node:path';
import { z } from 'zod';
import { parseApiKeys } from './auth/api-keys.js';
import type { AuthConfig } from './auth/authenticate.js';
import { DEFAULT_DRIVER_SETTINGS, type DriverSettings } from './db/driver.js';
import { redactCredentials } from './db/redact.js';
import { LOG_LEVELS, type LogLevel } from './logging/logger.js';

/** Where the server gets its Neo4j: a URI the user gave, or the bundled local one. */
export type Neo4jTarget =
  | { kind: 'remote'; uri: string; user: string; password: string }
  | { kind: 'local'; port: number; dataDir: string; heap: string; pageCache: string };

export interface Config {
  host: string;
  port: number;
  neo4j: Neo4jTarget;
  database: string;
  /** Upper bound for every Neo4j transaction the API opens. */
  transactionTimeoutMs: number;
  /** The driver's pool size, connection timeouts and retry budget (NEO4J_MAX_POOL_SIZE, NEO4J_CONNECTION_TIMEOUT_MS, …). */
  driver: DriverSettings;
  /** Who may read and write (README, "Editing"). */
  auth: AuthConfig;
  /** NODE_ENV=production: introspection, GraphiQL and field suggestions off unless asked for. */
  production: boolean;
  logLevel: LogLevel;
  /** Whether introspection queries are answered (INTROSPECTION; default: not in production). */
  introspection: boolean;
  /** Whether /graphiql is served (GRAPHIQL; default: not in production). */
  graphiql: boolean;
  /** Origins whose browser pages may call /graphql (CORS_ORIGINS); empty: same origin only. */
  corsOrigins: string[];
  /** Rolling backups while the API runs (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP); null: none. */
  backup: { dir: string; everyMs: number; keep: number } | null;
  /** Whether GET /schema.graphql serves the SDL (SCHEMA_DOWNLOAD; default on in every mode). */
  schemaDownload: boolean;
  /** TRUSTED_DOCUMENTS (`any` or `only`) and the manifests a deployment adds (TRUSTED_DOCUMENTS_MANIFESTS). */
  trustedDocuments: { mode: 'any' | 'only'; manifests: string[] };
  /** Default max-age in seconds of cacheable GET reads (HTTP_CACHE_MAX_AGE); 0: none cached. */
  httpCacheMaxAge: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must look like 512m or 2g');

const flag = z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' });

const isSet = (value: z.infer<typeof flag>) => value === 'true' || value === '1';

/** Comma-separated origins (scheme, host, optional port: what a browser sends in `Origin`). */
const origins = z.string().transform((value, ctx) => {
  const list = value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of list) {
    const parsed = URL.canParse(origin) ? new URL(origin) : null;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      ctx.addIssue({
        code: 'custom',
        message: `has ${JSON.stringify(origin)}, which is not an origin like https://explorer.example.org (http(s), host, optional port, no path or trailing slash)`,
      });
    }
  }
  return list;
});

const milliseconds = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of milliseconds')
    .min(min, `must be between ${min} and ${max} (milliseconds)`)
    .max(max, `must be between ${min} and ${max} (milliseconds)`);

const neo4jUri = z
  .string()
  .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'must be a neo4j:// or bolt:// URI (optionally +s / +ssc)');

const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A duration like 30m, 6h or 1d (at least a minute). */
const duration = z
  .string()
  .regex(/^\d+[smhd]$/, 'must be a number with a unit: s, m, h or d (e.g. 6h)')
  .transform((value) => Number(value.slice(0, -1)) * DURATION_UNITS_MS[value.at(-1) as keyof typeof DURATION_UNITS_MS])
  .refine((ms) => ms >= 60_000, 'must be at least a minute');

const envSchema = z.object({
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a valid Neo4j database name').default('neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA: z.string().min(1, 'must not be empty').default('.neo4j/data'),
  NEO4J_LOCAL_HEAP: memorySize.default('512m'),
  NEO4J_LOCAL_PAGE_CACHE: memorySize.default('256m'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number({ error: 'must be a number' }).int().min(100, 'must be at least 100').default(15000),
  NEO4J_CONNECTION_TIMEOUT_MS: milliseconds(100, 120_000).default(DEFAULT_DRIVER_SETTINGS.connectionTimeoutMs),
  NEO4J_ACQUISITION_TIMEOUT_MS: milliseconds(100, 600_000).default(DEFAULT_DRIVER_SETTINGS.acquisitionTimeoutMs),
  NEO4J_MAX_RETRY_TIME_MS: milliseconds(0, 600_000).default(DEFAULT_DRIVER_SETTINGS.maxRetryTimeMs),
  NEO4J_MAX_POOL_SIZE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 10000')
    .max(10_000, 'must be between 1 and 10000')
    .default(DEFAULT_DRIVER_SETTINGS.maxConnectionPoolSize),
  API_KEYS: z.string().optional(),
  JWT_SECRET: z.string().refine((v) => Buffer.byteLength(v, 'utf8') >= 32, 'must be at least 32 bytes (HS256 needs a 256-bit key)').optional(),
  JWT_JWKS_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .refine((v) => v.startsWith('https:') || /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?\//.test(v), 'must use https (http only on localhost)')
    .optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  JWT_ROLE_CLAIM: z.string().regex(/^[A-Za-z_][A-Za-z0-9_:-]*(\.[A-Za-z_][A-Za-z0-9_:-]*)*$/, 'must be a claim name or a dotted path').default('roles'),
  JWT_REQUIRE_EXP: flag.optional(),
  READS_REQUIRE_AUTH: flag.default('false'),
  CHANGES_READ_ROLE: z.enum(['anyone', 'reader', 'editor', 'admin'], { error: 'must be anyone, reader, editor or admin' }).default('editor'),
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  INTROSPECTION: flag.optional(),
  GRAPHIQL: flag.optional(),
  CORS_ORIGINS: origins.optional(),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_EVERY: duration.default(DURATION_UNITS_MS.d),
  BACKUP_KEEP: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').default(7),
  SCHEMA_DOWNLOAD: flag.default('true'),
  TRUSTED_DOCUMENTS: z.enum(['any', 'only'], { error: 'must be any or only' }).default('any'),
  TRUSTED_DOCUMENTS_MANIFESTS: z.string().optional(),
  HTTP_CACHE_MAX_AGE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of seconds')
    .min(0, 'must be between 0 and 86400 (seconds)')
    .max(86_400, 'must be between 0 and 86400 (seconds)')
    .default(60),
});

/** Values never echoed in an error message. */
const SECRET = new Set(['JWT_SECRET', 'API_KEYS', 'NEO4J_PASSWORD']);

/** Parses and validates the environment once; every bad value is named in the error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const relevant = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const parsed = envSchema.safeParse(relevant);
  const shown = (key: string) => `${key}=${SECRET.has(key) ? '(hidden)' : redactCredentials(JSON.stringify(env[key]))}`;
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        return `${shown(key)} ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const apiKeys = parseApiKeys(e.API_KEYS ?? '');
  const authProblems = apiKeys.problems.map((problem) => `${shown('API_KEYS')} ${problem}`);
  const jwtConfigured = e.JWT_SECRET !== undefined || e.JWT_JWKS_URL !== undefined;
  for (const key of ['JWT_ISSUER', 'JWT_AUDIENCE'] as const) {
    if (e[key] !== undefined && !jwtConfigured) authProblems.push(`${shown(key)} needs JWT_SECRET or JWT_JWKS_URL`);
  }
  const readsRequireAuth = isSet(e.READS_REQUIRE_AUTH);
  if (readsRequireAuth && apiKeys.keys.length === 0 && !jwtConfigured) {
    authProblems.push(`${shown('READS_REQUIRE_AUTH')} needs API_KEYS, JWT_SECRET or JWT_JWKS_URL: nobody could read`);
  }
  for (const key of ['BACKUP_EVERY', 'BACKUP_KEEP'] as const) {
    if (relevant[key] !== undefined && e.BACKUP_DIR === undefined) authProblems.push(`${shown(key)} needs BACKUP_DIR`);
  }
  if (authProblems.length > 0) throw new ConfigError(authProblems);
  const production = e.NODE_ENV === 'production';
  const neo4j: Neo4jTarget = e.NEO4J_URI
    ? { kind: 'remote', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD }
    : {
        kind: 'local',
        port: e.NEO4J_LOCAL_PORT,
        dataDir: path.resolve(cwd, e.NEO4J_LOCAL_DATA),
        heap: e.NEO4J_LOCAL_HEAP,
        pageCache: e.NEO4J_LOCAL_PAGE_CACHE,
      };
  return {
    host: e.HOST,
    port: e.PORT,
    neo4j,
    database: e.NEO4J_DATABASE,
    transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    driver: {
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      maxRetryTimeMs: e.NEO4J_MAX_RETRY_TIME_MS,
      maxConnectionPoolSize: e.NEO4J_MAX_POOL_SIZE,
    },
    auth: {
      apiKeys: apiKeys.keys,
      jwt: jwtConfigured
        ? {
            secret: e.JWT_SECRET !== undefined ? new TextEncoder().encode(e.JWT_SECRET) : null,
            jwksUrl: e.JWT_JWKS_URL !== undefined ? new URL(e.JWT_JWKS_URL) : null,
            issuer: e.JWT_ISSUER ?? null,
            audience: e.JWT_AUDIENCE ?? null,
            roleClaim: e.JWT_ROLE_CLAIM,
            requireExp: e.JWT_REQUIRE_EXP !== undefined ? isSet(e.JWT_REQUIRE_EXP) : production,
          }
        : null,
      readsRequireAuth,
      changesReadRole: e.CHANGES_READ_ROLE,
    },
    production,
    logLevel: e.LOG_LEVEL,
    introspection: e.INTROSPECTION !== undefined ? isSet(e.INTROSPECTION) : !production,
    graphiql: e.GRAPHIQL !== undefined ? isSet(e.GRAPHIQL) : !production,
    corsOrigins: e.CORS_ORIGINS ?? [],
    backup: e.BACKUP_DIR !== undefined ? { dir: path.resolve(cwd, e.BACKUP_DIR), everyMs: e.BACKUP_EVERY, keep: e.BACKUP_KEEP } : null,
    schemaDownload: isSet(e.SCHEMA_DOWNLOAD),
    trustedDocuments: {
      mode: e.TRUSTED_DOCUMENTS,
      manifests: (e.TRUSTED_DOCUMENTS_MANIFESTS ?? '')
        .split(',')
        .map((file) => file.trim())
        .filter((file) => file !== '')
        .map((file) => path.resolve(cwd, file)),
    },
    httpCacheMaxAge: e.HTTP_CACHE_MAX_AGE,
  };
}
