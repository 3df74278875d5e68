import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { type RunningServer, startServer } from '../../src/server.js';

/**
 * Against a Neo4j that refuses connections. The driver may retry for 30 s here: an answer within
 * 2 s shows that neither /readyz nor a query waits on the driver's retries.
 */
describe('when Neo4j is unreachable', () => {
  const DEAD = 'bolt://127.0.0.1:1';
  let server: RunningServer;
  const driver = createDriver({ uri: DEAD, settings: { maxRetryTimeMs: 30_000 } });

  beforeAll(async () => {
    server = await startServer({
      driver,
      neo4jUri: DEAD,
      database: 'neo4j',
      transactionTimeoutMs: 1000,
      maxRetryTimeMs: 30_000,
      host: '127.0.0.1',
      port: await freePort(),
    });
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  const timed = async <T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> => {
    const started = performance.now();
    const value = await call();
    return { ms: performance.now() - started, value };
  };

  it('/readyz answers 503 with the reason, without waiting on retries', async () => {
    const { ms, value: response } = await timed(() => fetch(`${server.url}/readyz`));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; reason: string };
    expect(body.status).toBe('unavailable');
    // The kind of failure only: the address is for the log.
    expect(body.reason).toBe('Neo4j cannot be reached');
    expect(ms).toBeLessThan(2_000);
  });

  it('a query fails with DATABASE_UNAVAILABLE and HTTP 503, naming the reason', async () => {
    const { ms, value: response } = await timed(() =>
      fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "new-area:liangjiang") { id } }' }),
      }),
    );
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors[0]!.message).toContain('Neo4j cannot be reached');
    expect(body.errors[0]!.message).not.toContain(DEAD);
    expect(ms).toBeLessThan(2_000);
  });

  it('still says the process is alive', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
