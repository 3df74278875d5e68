import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { DatabaseAvailability } from './availability.js';
import type { QueryRunner } from './cypher.js';
import { runReads, writeTransactionWithBookmarks } from './transactions.js';

/** Runs `work`'s statements as reads of one request. */
export type Read = <T>(work: (tx: QueryRunner) => Promise<T>) => Promise<T>;

/** Runs `work` in one write transaction of one request. */
export type Write = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

export interface DatabaseSettings {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
  /** How long transient failures are retried (NEO4J_MAX_RETRY_TIME_MS). */
  maxRetryTimeMs?: number;
  /** Fails transactions at once while Neo4j is known to be down, and learns of outages from them. */
  availability?: DatabaseAvailability;
}

/** Neo4j is known to be down (DatabaseAvailability): the request fails at once, without waiting for the driver. */
export class DatabaseDownError extends Error {
  constructor(readonly reason: string) {
    super(`the database is unavailable: ${reason}`);
    this.name = 'DatabaseDownError';
  }
}

/** The database as one request sees it: its reads and writes, and the bookmarks that make its reads see its writes. */
export interface RequestDatabase {
  read: Read;
  write: Write;
  /**
   * What reads wait for: the client's bookmarks, then those of the last write. A holder changed
   * in place, since Apollo may hand resolvers a copy of the context.
   */
  readonly consistency: { bookmarks: string[] };
}

/**
 * The transaction policy of one request: every transaction on the request's database with the
 * configured timeout, retries and metadata, waiting for the request's bookmarks; none while an
 * outage is known; every failure reported to the availability tracker. Failures are thrown as the
 * driver gives them (or DatabaseDownError); model/errors.ts turns them into API errors.
 */
export function requestDatabase(settings: DatabaseSettings, requestId: string, bookmarks: string[] = []): RequestDatabase {
  const consistency = { bookmarks };
  const options = () => ({
    database: settings.database,
    timeoutMs: settings.transactionTimeoutMs,
    metadata: { app: 'chengyu-graph', requestId },
    bookmarks: consistency.bookmarks,
    maxRetryTimeMs: settings.maxRetryTimeMs,
  });
  const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
    const down = settings.availability?.unavailableReason;
    if (down) throw new DatabaseDownError(down);
    try {
      return await run();
    } catch (error) {
      settings.availability?.noteFailure(error);
      throw error;
    }
  };
  return {
    consistency,
    read: (work) => guarded(() => runReads(settings.driver, options(), work)),
    write: async (work) => {
      const written = await guarded(() => writeTransactionWithBookmarks(settings.driver, options(), work));
      consistency.bookmarks = written.bookmarks;
      return written.result;
    },
  };
}
