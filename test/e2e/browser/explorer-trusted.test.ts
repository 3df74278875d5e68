import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../../scripts/build-web.js';
import { WEB_DIST } from '../../../src/http/web.js';
import { type SeededApi, startSeededApi } from '../../support/api.js';
import { launchChromium, type RunningBrowser } from '../../support/browser.js';

function headersOf(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
      })
      .on('error', reject);
  });
}

/** A public deployment: production, and nothing but trusted documents. */
describe('the explorer on a server with TRUSTED_DOCUMENTS=only', () => {
  let api: SeededApi;
  let chromium: RunningBrowser;

  beforeAll(async () => {
    ensureWebBuild((line) => process.stderr.write(`${line}\n`));
    api = await startSeededApi({ production: true, trustedDocuments: { mode: 'only' } });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await api?.stop();
  });

  it('searches and shows details, its documents sent by hash; other documents are refused', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1500, height: 950 } });
    const bodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) bodies.push(request.postData() ?? '');
    });
    await page.goto(`${api.server.url}/`);
    await page.getByTestId('search-input').fill('博览');
    const platforms = page.locator('[data-testid="search-group"][data-type="Platform"]');
    await platforms.getByText('重庆国际博览中心').waitFor();
    await platforms.locator('[data-entity-id="platform:chongqing-international-expo-center"]').click();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('重庆国际博览中心');
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) {
      expect(JSON.parse(body)).toMatchObject({ extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } } });
      expect(JSON.parse(body)).not.toHaveProperty('query');
    }
    const other = await api.post('{ graphStats { nodeCount } }');
    expect(other.status).toBe(403);
    await page.close();
  });

  it('serves the hashed assets compressed and cached for good, the page revalidated', async () => {
    const assets = fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((name) => name.endsWith('.js'));
    const largest = assets.sort((a, b) => fs.statSync(path.join(WEB_DIST, 'assets', b)).size - fs.statSync(path.join(WEB_DIST, 'assets', a)).size)[0]!;
    for (const encoding of ['br', 'gzip']) {
      const asset = await headersOf(`${api.server.url}/assets/${largest}`, { 'accept-encoding': encoding });
      expect(asset.status).toBe(200);
      expect(asset.headers['content-encoding']).toBe(encoding);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const index = await headersOf(`${api.server.url}/`, { 'accept-encoding': 'br' });
    expect(index.headers['cache-control']).toBe('no-cache');
  });
});
