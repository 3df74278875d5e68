import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { createDriver } from '../../src/db/driver.js';
import { TEST_DATABASE, testNeo4jUri } from '../support/neo4j.js';

/** A list of a hundred million numbers: gigabytes, more than the test Neo4j lets its transactions hold. */
const HUNGRY = 'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n';

describe("a query that needs more than Neo4j's transaction memory", () => {
  let driver: Driver;

  beforeAll(() => {
    driver = createDriver({ uri: testNeo4jUri() });
  });

  afterAll(async () => {
    await driver.close();
  });

  it('fails with QUERY_TOO_COMPLEX naming the memory limit, and the next query is answered', async () => {
    const context = createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: 60_000 });
    const error = await context.read((tx) => tx.run(HUNGRY)).then(
      () => expect.fail('the query held gigabytes'),
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'NEO4J_TRANSACTION_MEMORY' } });
    expect((error as Error).message).toContain('more memory than Neo4j lets its transactions hold');

    const answer = await context.read(async (tx) => (await tx.run('RETURN 1 AS one')).records[0]!.get('one'));
    expect(Number(answer)).toBe(1);
  });
});
