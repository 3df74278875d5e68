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
  /** Stop waiting after timeoutMs + DEADLINE_MARGIN_MS (default true); off for the start-up check of a cold Neo4j. */
  deadline?: boolean;
}

export const DEFAULT_MAX_RETRY_TIME_MS = 5_000;
/**
 * How much longer than its timeout the API waits for one transaction before it gives up on
 * Neo4j. Neo4j stops a transaction within about 2 s of its timeout; one that does not answer by
 * then is in a server that does not run (stopped, swapping, a stalled disk).
 */
export const DEADLINE_MARGIN_MS = 3_000;
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

const MEMORY_LIMIT_CODES = new Set([
  // dbms.memory.transaction.total.max: the memory of all running transactions (70 % of the heap by default).
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  // dbms.memory.transaction.max: one transaction's own limit.
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/** Neo4j ended the transaction because it needed more memory than its transactions may hold. */
export function isTransactionMemoryLimit(error: unknown): boolean {
  return error instanceof Neo4jError && MEMORY_LIMIT_CODES.has(error.code);
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
 * Neo4j did not answer a transaction within its timeout plus DEADLINE_MARGIN_MS: the API stopped
 * waiting. A write stopped this way is never committed afterwards (`committing` false); one
 * stopped while its COMMIT was under way has an unknown outcome.
 */
export class DatabaseDeadlineError extends Error {
  constructor(
    readonly deadlineMs: number,
    readonly committing: boolean,
  ) {
    super(`Neo4j did not answer within ${deadlineMs} ms`);
    this.name = 'DatabaseDeadlineError';
  }
}

/**
 * Runs `work` until `deadlineMs`; after it, rejects with DatabaseDeadlineError and sets
 * `state.expired`, so that work still under way stops before it commits.
 */
async function withDeadline<T>(deadlineMs: number, state: AttemptState, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const running = work();
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      state.expired = true;
      reject(new DatabaseDeadlineError(deadlineMs, state.committing));
    }, deadlineMs);
  });
  // Work that settles after the deadline is nobody's answer any more.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

interface AttemptState {
  expired: boolean;
  committing: boolean;
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

function deadlineOf(options: TransactionOptions): number {
  return options.timeoutMs + DEADLINE_MARGIN_MS;
}

async function autoCommitAttempt<T>(driver: Driver, options: TransactionOptions, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  if (options.deadline === false) return autoCommitRun(driver, options, work);
  return withDeadline(deadlineOf(options), { expired: false, committing: false }, () => autoCommitRun(driver, options, work));
}

async function autoCommitRun<T>(driver: Driver, options: TransactionOptions, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
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
  const state: AttemptState = { expired: false, committing: false };
  if (options.deadline === false) return attemptRun(driver, mode, options, work, state);
  return withDeadline(deadlineOf(options), state, () => attemptRun(driver, mode, options, work, state));
}

async function attemptRun<T>(
  driver: Driver,
  mode: SessionMode,
  options: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
  state: AttemptState,
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
    if (state.expired) {
      // The caller was told nothing was written: keep it so.
      await tx.rollback().catch(() => undefined);
      throw new DatabaseDeadlineError(deadlineOf(options), false);
    }
    state.committing = true;
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
