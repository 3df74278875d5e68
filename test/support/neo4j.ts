import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';

export const TEST_DATABASE = 'neo4j';

/**
 * The transaction timeout of the tests' API and contexts. A statement's first run includes Neo4j's
 * planning of it, which took over 10 s for the largest statements on a busy 2-core machine.
 */
export const TEST_TX_TIMEOUT_MS = 30_000;

export function testNeo4jUri(): string {
  return inject('neo4jUri');
}

export function testDriver(): Driver {
  return createDriver({ uri: testNeo4jUri() });
}

/** Empties the test database; batched so it also works after large imports. */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: TEST_DATABASE });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
