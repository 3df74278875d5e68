import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ANONYMOUS, type Caller, requireRole } from './auth/caller.js';
import type { DatabaseAvailability } from './db/availability.js';
import type { QueryObserver, QueryRunner } from './db/cypher.js';
import {
  CommitOutcomeUnknownError,
  isConnectionFailure,
  isPoolExhausted,
  isTransactionTimeout,
  runReads,
  writeTransactionWithBookmarks,
} from './db/transactions.js';
import { rethrowBookmarkError } from './editing/bookmarks.js';
import { databaseUnavailable, queryTooComplex } from './model/errors.js';
import { createEntityLoaders, type EntityLoaders } from './loaders/entity-loaders.js';

/** Counts the Cypher statements one request sends to Neo4j. */
export class RoundTripCounter implements QueryObserver {
  count = 0;
  readonly names: string[] = [];
  onQuery(name: string): void {
    this.count += 1;
    this.names.push(name);
  }
}

/** What every resolver receives, created per request. */
export interface Context {
  requestId: string;
  roundTrips: RoundTripCounter;
  /** Runs `work`'s statements as reads (auto-commit, src/db/transactions.ts) with the configured timeout. */
  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /** DataLoaders of this request only. */
  loaders: EntityLoaders;
  /** Who is calling: the Authorization header, resolved once per request (src/auth/). */
  caller: Caller;
  /**
   * Runs `work` in ONE write transaction with the configured timeout (editor role or above);
   * afterwards `consistency.bookmarks` are the commit's, so this request's later reads see the write.
   */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * What reads wait for: the `neo4j-bookmarks` header's bookmarks, then those of the last write.
   * A holder changed in place, since Apollo may hand resolvers a copy of the context.
   */
  readonly consistency: { bookmarks: string[] };
}

/** What the HTTP layer knows about a request before it runs. */
export interface RequestInfo {
  caller?: Caller;
  /** From the `neo4j-bookmarks` header. */
  bookmarks?: string[];
}

export interface ContextDependencies {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
  /** How long transient failures are retried (NEO4J_MAX_RETRY_TIME_MS). */
  maxRetryTimeMs?: number;
  /** Fails transactions at once while Neo4j is known to be down, and learns of outages from them. */
  availability?: DatabaseAvailability;
}

function unavailable(reason: string) {
  return databaseUnavailable(`the database is unavailable, retry later: ${reason}`);
}

/**
 * The API error for a failed transaction: a timeout is QUERY_TOO_COMPLEX; an unreachable Neo4j,
 * a commit whose outcome is unknown and a pool with no free connection are DATABASE_UNAVAILABLE
 * (HTTP 503); the rest unchanged.
 */
export function toApiError(error: unknown, deps: Pick<ContextDependencies, 'transactionTimeoutMs' | 'availability'>): unknown {
  if (isTransactionTimeout(error)) {
    return queryTooComplex(
      `the query took longer than ${deps.transactionTimeoutMs} ms (NEO4J_TX_TIMEOUT_MS), running or waiting for locks held by other writes, ` +
        'and Neo4j stopped it without writing anything: ask for less (smaller pages, fewer levels, shorter paths) or retry later',
      'NEO4J_TX_TIMEOUT_MS',
      { maximum: deps.transactionTimeoutMs },
    );
  }
  if (isPoolExhausted(error)) {
    return databaseUnavailable('Neo4j is busy: no connection to it came free in time (NEO4J_ACQUISITION_TIMEOUT_MS), retry later');
  }
  if (error instanceof CommitOutcomeUnknownError) {
    return databaseUnavailable(
      'the connection to Neo4j failed while this change was being committed, so it may or may not have been saved: ' +
        'once the API answers again, look for it in changes(entityId: …) of the entity before sending it again ' +
        '(a create that was saved is refused with CONFLICT)',
    );
  }
  if (isConnectionFailure(error)) {
    return unavailable(deps.availability?.unavailableReason ?? deps.availability?.describe(error) ?? (error as Error).message.split('\n')[0]!);
  }
  return error;
}

export function createContext(deps: ContextDependencies, requestId: string = randomUUID(), request: RequestInfo = {}): Context {
  const roundTrips = new RoundTripCounter();
  const caller = request.caller ?? ANONYMOUS;
  const consistency = { bookmarks: request.bookmarks ?? [] };
  const options = () => ({
    database: deps.database,
    timeoutMs: deps.transactionTimeoutMs,
    metadata: { app: 'chengyu-graph', requestId },
    bookmarks: consistency.bookmarks,
    maxRetryTimeMs: deps.maxRetryTimeMs,
  });
  const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
    const down = deps.availability?.unavailableReason;
    if (down) throw unavailable(down);
    try {
      return await run();
    } catch (error) {
      deps.availability?.noteFailure(error);
      throw toApiError(error, deps);
    }
  };
  const read = <T>(work: (tx: QueryRunner) => Promise<T>) =>
    guarded(() => runReads(deps.driver, options(), work)).catch(rethrowBookmarkError);
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
    requireRole(caller, 'editor');
    const written = await guarded(() => writeTransactionWithBookmarks(deps.driver, options(), work)).catch(rethrowBookmarkError);
    consistency.bookmarks = written.bookmarks;
    return written.result;
  };
  return {
    requestId,
    roundTrips,
    read,
    loaders: createEntityLoaders(read, roundTrips),
    caller,
    write,
    consistency,
  };
}
