import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ANONYMOUS, type Caller, requireRole } from './auth/caller.js';
import type { QueryObserver } from './db/cypher.js';
import { readTransaction, writeTransactionWithBookmarks } from './db/transactions.js';
import { rethrowBookmarkError } from './editing/bookmarks.js';
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
  /** Runs `work` in one read transaction with the configured timeout. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
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
  });
  const read = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    readTransaction(deps.driver, options(), work).catch(rethrowBookmarkError);
  const write = async <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
    requireRole(caller, 'editor');
    const written = await writeTransactionWithBookmarks(deps.driver, options(), work).catch(rethrowBookmarkError);
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
