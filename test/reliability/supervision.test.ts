import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { freePort, MAX_FAILED_RESTARTS, startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { startServer } from '../../src/server.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(100);
  }
  return false;
}

/** A bundled Neo4j of its own (not the shared test one), killed as a crash or the OOM killer would. */
describe('the bundled Neo4j is supervised', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  const start = async (lines: string[]) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-neo4j-supervised-'));
    dirs.push(dataDir);
    const port = await freePort();
    return { port, local: await startLocalNeo4j({ port, dataDir, heap: '384m', pageCache: '64m', log: (line) => lines.push(line) }) };
  };

  it('after SIGKILL it is started again, and the API serves again without a restart by hand; stop() stops the new process', async () => {
    const lines: string[] = [];
    const { local } = await start(lines);
    const driver = createDriver({ uri: local.uri });
    const server = await startServer({ driver, neo4jUri: local.uri, database: 'neo4j', transactionTimeoutMs: 60_000, host: '127.0.0.1', port: 0 });
    const status = async () => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ graphStats { nodeCount } }' }),
      });
      await response.arrayBuffer();
      return response.status;
    };
    try {
      expect(await status()).toBe(200);
      const first = local.pid;
      process.kill(first, 'SIGKILL');
      const killedAt = Date.now();
      expect(await until(async () => !isAlive(first) && (await status()) === 503, 10_000)).toBe(true);
      expect(await until(async () => (await status()) === 200, 120_000)).toBe(true);
      const servedAgainMs = Date.now() - killedAt;
      process.stderr.write(`supervision: the API served again ${servedAgainMs} ms after Neo4j was killed\n`);
      expect(local.pid).not.toBe(first);
      expect(lines.join('\n')).toMatch(new RegExp(`pid ${first}\\) exited with SIGKILL: starting it again`));
      expect(lines.join('\n')).toMatch(/the bundled Neo4j is running again \(pid \d+, attempt 1/);
    } finally {
      await server.stop();
      await driver.close();
      const second = local.pid;
      await local.stop();
      expect(isAlive(second)).toBe(false);
    }
  }, 300_000);

  it(`gives up after ${MAX_FAILED_RESTARTS} failed starts in a row, saying so`, async () => {
    const lines: string[] = [];
    const { port, local } = await start(lines);
    const first = local.pid;
    process.kill(first, 'SIGKILL');
    // Something else takes the port before Neo4j comes back: every start fails.
    await until(() => !isAlive(first), 10_000);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
    try {
      expect(await until(() => lines.some((l) => /not trying again/.test(l)), 240_000)).toBe(true);
      const failures = lines.filter((l) => /failed to start \(attempt \d of 5/.test(l));
      expect(failures).toHaveLength(MAX_FAILED_RESTARTS - 1);
      expect(lines.find((l) => /not trying again/.test(l))).toMatch(/failed to start 5 times in a row .*restart the API/);
    } finally {
      blocker.close();
      await local.stop();
    }
  }, 300_000);
});
