import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export interface TransactionOptions {
  database: string;
  timeoutMs: number;
  /** Shows up in Neo4j's query log and `SHOW TRANSACTIONS`. */
  metadata?: Record<string, string>;
  /** Bookmarks the transaction waits for: it sees every write they stand for (causal consistency). */
  bookmarks?: string[];
}

/** Runs `work` in a read transaction, routed to a reader on a cluster. */
export async function readTransaction<T>(
  driver: Driver,
  options: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ, bookmarks: options.bookmarks });
  try {
    return await session.executeRead(work, { timeout: options.timeoutMs, metadata: options.metadata });
  } finally {
    await session.close();
  }
}

/** Runs `work` in one write transaction: it commits fully or not at all. */
export async function writeTransaction<T>(
  driver: Driver,
  options: TransactionOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: options.timeoutMs, metadata: options.metadata });
  } finally {
    await session.close();
  }
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
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE, bookmarks: options.bookmarks });
  try {
    const result = await session.executeWrite(work, { timeout: options.timeoutMs, metadata: options.metadata });
    return { result, bookmarks: session.lastBookmarks() };
  } finally {
    await session.close();
  }
}
