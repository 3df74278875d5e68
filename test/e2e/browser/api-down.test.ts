import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../../scripts/build-web.js';
import { createDriver } from '../../../src/db/driver.js';
import { type RunningServer, startServer } from '../../../src/server.js';
import { launchChromium, type RunningBrowser } from '../../support/browser.js';

/** The page says what went wrong when Neo4j is down behind the API, and when the API itself is. */
describe('the explorer when the API is down', () => {
  const DEAD = 'bolt://127.0.0.1:1';
  const driver = createDriver({ uri: DEAD });
  let server: RunningServer;
  let chromium: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild((line) => process.stderr.write(`${line}\n`));
    server = await startServer({ driver, neo4jUri: DEAD, database: 'neo4j', transactionTimeoutMs: 1000, host: '127.0.0.1', port: 0 });
    chromium = await launchChromium();
    page = await chromium.browser.newPage();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop().catch(() => undefined);
    await driver.close();
  });

  it('Neo4j down: the page loads and says the database does not answer, with the reason', async () => {
    await page.goto(`${server.url}/`);
    const banner = page.getByTestId('api-banner').getByTestId('api-error');
    await banner.waitFor();
    await expect(banner.getAttribute('data-kind')).resolves.toBe('database');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('API 已启动，但图数据库（Neo4j）没有响应');
    // The kind of failure, without the address (which only the log has).
    expect(text).toContain('Neo4j cannot be reached');
    expect(text).not.toContain(DEAD);
    expect(text).toContain('重试');
  });

  it('the API stopped: a search says the API is not reachable', async () => {
    await server.stop();
    await page.getByTestId('search-input').fill('博览');
    const error = page.getByTestId('search-results').getByTestId('api-error');
    await error.waitFor();
    await expect(error.getAttribute('data-kind')).resolves.toBe('unreachable');
    await expect(error.textContent()).resolves.toContain('无法连接 API');
    await expect(error.textContent()).resolves.toContain('请确认服务器正在运行（npm start）');
  });
});
