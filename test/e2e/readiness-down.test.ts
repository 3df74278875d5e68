import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { type RunningServer, startServer } from '../../src/server.js';

describe('readiness when Neo4j is unreachable', () => {
  let server: RunningServer;
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1' });

  beforeAll(async () => {
    server = await startServer({
      driver,
      neo4jUri: 'bolt://127.0.0.1:1',
      database: 'neo4j',
      transactionTimeoutMs: 1000,
      host: '127.0.0.1',
      port: await freePort(),
    });
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('answers 503 with the reason', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; reason: string };
    expect(body.status).toBe('unavailable');
    expect(body.reason).toContain('cannot reach Neo4j at bolt://127.0.0.1:1');
  });

  it('still says the process is alive', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
