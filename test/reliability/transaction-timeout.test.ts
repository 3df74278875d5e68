import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { createDriver } from '../../src/db/driver.js';
import { TEST_DATABASE, testNeo4jUri } from '../support/neo4j.js';

/** Counts to a billion: far longer than any timeout below. */
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
const POOL_SIZE = 2;
const TIMEOUT_MS = 500;

describe('a transaction that runs past NEO4J_TX_TIMEOUT_MS', () => {
  let driver: Driver;

  beforeAll(() => {
    // A small pool that would run dry, and make later queries wait, if a timed-out transaction kept its connection.
    driver = createDriver({ uri: testNeo4jUri(), settings: { maxConnectionPoolSize: POOL_SIZE, acquisitionTimeoutMs: 5_000 } });
  });

  afterAll(async () => {
    await driver.close();
  });

  const context = () => createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: TIMEOUT_MS });

  it('fails with QUERY_TOO_COMPLEX naming the limit, and frees its connection', async () => {
    const timedOut = 2 * POOL_SIZE + 1;
    const errors: unknown[] = [];
    for (let i = 0; i < timedOut; i += POOL_SIZE) {
      const batch = Array.from({ length: Math.min(POOL_SIZE, timedOut - i) }, () =>
        context()
          .read((tx) => tx.run(SLOW))
          .then(
            () => expect.fail('the slow query finished'),
            (error: unknown) => error,
          ),
      );
      errors.push(...(await Promise.all(batch)));
    }

    expect(errors).toHaveLength(timedOut);
    for (const error of errors) {
      expect(error).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'NEO4J_TX_TIMEOUT_MS' } });
      expect((error as Error).message).toContain(`took longer than ${TIMEOUT_MS} ms`);
    }

    const answers = await Promise.all(
      Array.from({ length: POOL_SIZE * 2 }, (_, i) => context().read(async (tx) => (await tx.run('RETURN $i AS i', { i })).records[0]!.get('i'))),
    );
    expect(answers).toEqual([0, 1, 2, 3]);

    const running = await context().read(async (tx) => {
      const result = await tx.run('SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS queries');
      return result.records[0]!.get('queries') as string[];
    });
    expect(running.filter((query) => query.includes('range(1, 1000000000)'))).toEqual([]);
  });
});
