import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, isRetryableError, ManagedTransaction, Neo4jError, type SessionMode } from 'neo4j-driver';
import type { QueryRunner } from './cypher.js';

export interface TransactionOptions {
  database: string;
  /** Neo4j terminates the transaction when it runs longer (server side, checked every ~2 s). */
  timeoutMs: number;
  /** Shows up in Neo4j's query log and `SHOW TRANSACTIONS`. */
  metadata?: Record<string, string>;
  /** Bookmarks the transaction waits for: it sees every write they stand for (causal consistency). */
  bookmarks?: string[];
  /** How long transient failures (deadlocks, a dropped connection) are retried; 0: one attempt only. */
  maxRetryTimeMs?: number;
}

export const DEFAULT_MAX_RETRY_TIME_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 20;

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // What a transaction gets when its timeout stops it while it waits for a lock (other writes hold it).
  'Neo.ClientError.Transaction.LockClientStopped',
]);

/** Neo4j ended the transaction because it ran, or waited for locks, longer than its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && TIMEOUT_CODES.has(error.code);
}

/** The driver could not reach Neo4j, or lost the connection: nothing the server said. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === neo4j.error.SERVICE_UNAVAILABLE || error.code === neo4j.error.SESSION_EXPIRED);
}

/** Every connection of the pool stayed busy for NEO4J_ACQUISITION_TIMEOUT_MS (the driver gives this error no code). */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out');
}

/**
 * The connection failed while a write transaction was committing: Neo4j may have committed it or
 * not, and nothing here can tell. Never retried, since a retry could apply the write twice.
 */
export class CommitOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(`the connection to Neo4j failed while committing, so the write may or may not have been saved: ${reason}`, { cause });
    this.name = 'CommitOutcomeUnknownError';
  }
}

/**
 * Runs `work`'s statements as auto-commit reads, routed to a reader on a cluster: each statement
 * is its own transaction, sent as RUN and PULL without BEGIN and COMMIT, which saves a round trip
 * and two socket writes per statement. Nothing is lost for reads: Neo4j isolates statements of
 * one explicit transaction no more (read committed). Transient failures are retried as for
 * transactions; a read is safe to run again.
 */
export async function runReads<T>(
  driver: Driver,
  options: TransactionOptions,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  return retrying(options, () => autoCommitAttempt(driver, options, work));
}

/** Runs `work` in one write transaction: it commits fully or not at all. */
export async function writeTransaction<T>(
  driver: Driver,
  options: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return (await retrying(options, () => attempt(driver, neo4j.session.WRITE, options, work))).result;
}

/**
 * Like writeTransaction, and also returns the bookmarks of the commit: a read given them sees
 * this write, on any member of a cluster.
 */
export async function writeTransactionWithBookmarks<T>(
  driver: Driver,
  options: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<{ result: T; bookmarks: string[] }> {
  return retrying(options, () => attempt(driver, neo4j.session.WRITE, options, work));
}

/**
 * The retry loop of session.executeRead/executeWrite, with two differences that matter when Neo4j
 * goes away: a failed commit of a write is reported (CommitOutcomeUnknownError) instead of run
 * again, and a lost connection is retried once at once (a pooled connection may have died with an
 * earlier Neo4j process) instead of for maxTransactionRetryTime with delays from 1 s, so callers
 * learn of an outage in milliseconds. Transient server errors (deadlocks) back off from 20 ms.
 */
async function retrying<T>(options: TransactionOptions, once: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const maxRetryTimeMs = options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS;
  let delayMs = FIRST_RETRY_DELAY_MS;
  let reconnected = false;
  for (;;) {
    try {
      return await once();
    } catch (error) {
      if (!isRetryableError(error) || Date.now() - started + delayMs > maxRetryTimeMs) throw error;
      if (isConnectionFailure(error)) {
        if (reconnected) throw error;
        reconnected = true;
      } else {
        await sleep(delayMs * (0.8 + 0.4 * Math.random()));
        delayMs *= 2;
      }
    }
  }
}

async function autoCommitAttempt<T>(driver: Driver, options: TransactionOptions, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ, bookmarks: options.bookmarks });
  const config = { timeout: options.timeoutMs, metadata: options.metadata };
  const runner: QueryRunner = { run: ((query, parameters) => session.run(query, parameters, config)) as QueryRunner['run'] };
  try {
    return await work(runner);
  } finally {
    await session.close().catch(() => undefined);
  }
}

async function attempt<T>(
  driver: Driver,
  mode: SessionMode,
  options: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<{ result: T; bookmarks: string[] }> {
  const session = driver.session({ database: options.database, defaultAccessMode: mode, bookmarks: options.bookmarks });
  try {
    const tx = await session.beginTransaction({ timeout: options.timeoutMs, metadata: options.metadata });
    let result: T;
    try {
      // The wrapper executeRead/executeWrite hand to their work: only `run`, no commit or rollback.
      result = await work(ManagedTransaction.fromTransaction(tx));
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw error;
    }
    try {
      await tx.commit();
    } catch (error) {
      if (mode === neo4j.session.WRITE && isConnectionFailure(error)) throw new CommitOutcomeUnknownError(error);
      throw error;
    }
    return { result, bookmarks: session.lastBookmarks() };
  } finally {
    // The outcome is settled by now; a failure to close (a dead connection) must not replace it.
    await session.close().catch(() => undefined);
  }
}
