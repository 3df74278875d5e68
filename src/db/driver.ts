import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { defineQuery } from './cypher.js';
import { redactCredentials } from './redact.js';
import { DEFAULT_MAX_RETRY_TIME_MS, runReads } from './transactions.js';

export class Neo4jConnectionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'Neo4jConnectionError';
  }
}

/** The driver's pool, waits and retries (NEO4J_MAX_POOL_SIZE, NEO4J_CONNECTION_TIMEOUT_MS, NEO4J_ACQUISITION_TIMEOUT_MS, NEO4J_MAX_RETRY_TIME_MS). */
export interface DriverSettings {
  /** Opening one connection, TCP and Bolt handshake. */
  connectionTimeoutMs: number;
  /** Getting a connection from the pool, opening one included. */
  acquisitionTimeoutMs: number;
  /** How long transient failures are retried (src/db/transactions.ts, and the driver's own executeQuery). */
  maxRetryTimeMs: number;
  /** Connections per Neo4j server (per member of a cluster); requests beyond it wait for one. */
  maxConnectionPoolSize: number;
}

export const DEFAULT_DRIVER_SETTINGS: DriverSettings = {
  connectionTimeoutMs: 5_000,
  acquisitionTimeoutMs: 10_000,
  maxRetryTimeMs: DEFAULT_MAX_RETRY_TIME_MS,
  maxConnectionPoolSize: 100,
};

export interface DriverOptions {
  uri: string;
  /** Omitted for the bundled local Neo4j, which runs without auth on loopback. */
  credentials?: { user: string; password: string };
  settings?: Partial<DriverSettings>;
}

export function createDriver({ uri, credentials, settings = {} }: DriverOptions): Driver {
  const s = { ...DEFAULT_DRIVER_SETTINGS, ...settings };
  return neo4j.driver(uri, credentials ? neo4j.auth.basic(credentials.user, credentials.password) : undefined, {
    disableLosslessIntegers: true,
    connectionTimeout: s.connectionTimeoutMs,
    connectionAcquisitionTimeout: s.acquisitionTimeoutMs,
    maxTransactionRetryTime: s.maxRetryTimeMs,
    maxConnectionPoolSize: s.maxConnectionPoolSize,
    userAgent: 'chengyu-graph',
  });
}

/**
 * One line an operator can act on, for any failure to reach or log in to Neo4j: for the log and
 * start-up errors, never for clients (it names the address and quotes the driver). Credentials
 * in a URI are replaced by `***`.
 */
export function describeConnectionFailure(error: unknown, uri: string, database: string): string {
  return redactCredentials(describeUnredacted(error, redactCredentials(uri), database));
}

function describeUnredacted(error: unknown, uri: string, database: string): string {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return `Neo4j at ${uri} rejected the credentials (check NEO4J_USER and NEO4J_PASSWORD)`;
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return `Neo4j at ${uri} has no database "${database}" (check NEO4J_DATABASE)`;
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return `cannot reach Neo4j at ${uri} (is it running, and is NEO4J_URI right?): ${firstLine(error.message)}`;
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return `cannot use Neo4j at ${uri}: ${firstLine(message)}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

const ping = defineQuery<Record<string, never>, { ok: number }>('ping');

export const PING_TIMEOUT_MS = 2_000;

/**
 * Proves the driver reaches the database and may read it, in one attempt (no retries: /readyz and
 * the availability probe must answer quickly); throws Neo4jConnectionError otherwise.
 */
export async function verifyDatabase(
  driver: Driver,
  uri: string,
  database: string,
  timeoutMs = PING_TIMEOUT_MS,
  { deadline = true }: { deadline?: boolean } = {},
): Promise<void> {
  try {
    const options = { database, timeoutMs, deadline, maxRetryTimeMs: 0, metadata: { app: 'chengyu-graph', operation: 'ping' } };
    await runReads(driver, options, (tx) => ping.run(tx, {}));
  } catch (error) {
    throw new Neo4jConnectionError(describeConnectionFailure(error, uri, database), { cause: error });
  }
}
