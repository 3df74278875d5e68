import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.js';
import { clearDatabase, TEST_DATABASE, testDriver, testNeo4jUri } from '../support/neo4j.js';

describe('HTTP API over the test Neo4j', () => {
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Entity:Platform {id: 'p1'})-[:SERVES]->(:Entity:Task {id: 't1'})",
      {},
      { database: TEST_DATABASE },
    );
    server = await startServer({
      driver,
      neo4jUri: testNeo4jUri(),
      database: TEST_DATABASE,
      transactionTimeoutMs: 5000,
      host: '127.0.0.1',
      port: 0,
    });
  });

  afterAll(async () => {
    await server?.stop();
    await clearDatabase(driver);
    await driver?.close();
  });

  it('answers graphStats from the real database', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { nodeCount relationshipCount labels neo4jVersion } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { graphStats: Record<string, unknown> } };
    expect(body.data.graphStats).toEqual({
      nodeCount: 2,
      relationshipCount: 1,
      labels: ['Entity', 'Platform', 'Task'],
      neo4jVersion: expect.stringMatching(/^5\.26\.\d+$/),
    });
  });

  it('reports liveness and readiness', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves no CDN landing page', async () => {
    const response = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('apollo-server-landing-page');
  });
});
