import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { seedCuratedGraph } from '../support/curated.js';
import { bearer, KEYS, testAuth } from '../support/editing.js';
import { clearDatabase, TEST_DATABASE, testDriver, testNeo4jUri } from '../support/neo4j.js';

/** Bolt's COMMIT as the driver sends it: one chunk of two bytes (an empty struct, signature 0x12), then the end marker. */
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

type Cut = 'before-commit' | 'after-commit' | null;

/**
 * A TCP proxy in front of Neo4j that, when armed, cuts the connection at the next COMMIT:
 * `before-commit` drops it unsent (Neo4j rolls back), `after-commit` lets Neo4j commit and drops
 * its answer. Either way the driver sees the connection die while committing.
 */
async function commitCuttingProxy(target: { host: string; port: number }) {
  const state = { armed: null as Cut, cuts: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    let swallowAnswer = false;
    const cut = () => {
      state.cuts += 1;
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk) => {
      if (state.armed && chunk.includes(COMMIT)) {
        const armed = state.armed;
        state.armed = null;
        if (armed === 'before-commit') return cut();
        swallowAnswer = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (swallowAnswer) return cut();
      if (!client.destroyed) client.write(chunk);
    });
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a write whose connection dies while it commits', () => {
  let proxy: Awaited<ReturnType<typeof commitCuttingProxy>>;
  let seedDriver: Driver;
  let driver: Driver;
  let server: RunningServer;

  beforeAll(async () => {
    seedDriver = testDriver();
    await seedCuratedGraph(seedDriver);
    const target = new URL(testNeo4jUri().replace(/^bolt/, 'http'));
    proxy = await commitCuttingProxy({ host: target.hostname, port: Number(target.port) });
    driver = createDriver({ uri: proxy.uri });
    server = await startServer({
      driver,
      neo4jUri: proxy.uri,
      database: TEST_DATABASE,
      transactionTimeoutMs: 10_000,
      host: '127.0.0.1',
      port: 0,
      auth: testAuth(),
    });
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
    await proxy.close();
    await clearDatabase(seedDriver);
    await seedDriver.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.editor) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string } }[] },
    };
  };
  const create = (id: string, name: string) =>
    post('mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } change { id } } }', {
      input: { id, name, nameEn: name, source: { note: 'commit-outcome test' } },
    });
  /** The outage the cut caused ends with the next probe; until then requests fail at once. */
  const ready = async () => {
    for (;;) {
      if ((await fetch(`${server.url}/readyz`)).status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stored = async (id: string) => {
    await ready();
    const { body } = await post('query ($id: ID!) { changes(entityId: $id) { nodes { operation } } nodes(ids: [$id]) { id } }', { id });
    return { changes: (body.data!.changes as { nodes: { operation: string }[] }).nodes.map((c) => c.operation), entity: (body.data!.nodes as unknown[])[0] };
  };

  it.each([
    ['dropped before Neo4j got it', 'before-commit' as const, 'enterprise:commit-cut-before', false],
    ['answered by Neo4j, the answer lost', 'after-commit' as const, 'enterprise:commit-cut-after', true],
  ])('commit %s: DATABASE_UNAVAILABLE saying the outcome is unknown, and the audit trail tells', async (_name, cut, id, committed) => {
    await ready();
    proxy.state.armed = cut;
    const cutsBefore = proxy.state.cuts;

    const { status, body } = await create(id, `断线测试 ${cut}`);

    expect(proxy.state.cuts).toBe(cutsBefore + 1);
    expect(status).toBe(503);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors![0]!.message).toMatch(/may or may not have been saved/);
    expect(body.errors![0]!.message).toContain('changes(entityId');

    const after = await stored(id);
    expect(after.changes).toEqual(committed ? ['createEnterprise'] : []);
    expect(after.entity !== null).toBe(committed);

    // Sending it again: created now if it was not, refused if it was; never twice.
    const again = await create(id, `断线测试 ${cut}`);
    if (committed) expect(again.body.errors?.[0]?.extensions.code).toBe('CONFLICT');
    else expect(again.body.errors).toBeUndefined();
    expect((await stored(id)).changes).toEqual(['createEnterprise']);
  });
});
