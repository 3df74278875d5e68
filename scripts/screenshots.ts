// `npm run screenshots`: regenerates docs/screenshots/*.png, one per view of the explorer, in
// Debian's headless Chromium against a seeded API of its own (a throw-away Neo4j on a free port),
// and measures how long the graph view takes to render the largest neighbourhood.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createDriver } from '../src/db/driver.js';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { curatedDataset } from '../src/ingest/read-dataset.js';
import { seedDataset } from '../src/ingest/seed.js';
import { startServer } from '../src/server.js';
import { launchChromium, nodePagePosition, waitForRender } from '../test/support/browser.js';
import { ensureWebBuild } from './build-web.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1600, height: 1000 };
const log = (line: string) => process.stdout.write(`${line}\n`);

function warnWithoutCjkFont(): void {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() === '') {
    log('warning: no Chinese font installed; names will show as boxes (apt-get install -y fonts-wqy-microhei)');
  }
}

async function main(): Promise<void> {
  ensureWebBuild(log);
  warnWithoutCjkFont();
  fs.mkdirSync(OUT, { recursive: true });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-screenshots-'));
  const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '512m', pageCache: '64m', log });
  const driver = createDriver({ uri: neo4j.uri });
  const chromium = await launchChromium();
  try {
    await seedDataset(driver, curatedDataset(), { database: 'neo4j' });
    const server = await startServer({ driver, neo4jUri: neo4j.uri, database: 'neo4j', transactionTimeoutMs: 15_000, host: '127.0.0.1', port: 0 });
    try {
      const shoot = async (
        name: string,
        query: string,
        prepare: (page: Page) => Promise<void>,
        height = VIEWPORT.height,
        viewport: { width: number; height: number } = { ...VIEWPORT, height },
      ) => {
        const page = await chromium.browser.newPage({ viewport });
        page.on('pageerror', (error) => log(`page error in ${name}: ${error.message}`));
        await page.goto(`${server.url}/${query}`);
        await prepare(page);
        await page.waitForTimeout(300);
        await page.evaluate("document.querySelector('.app-main')?.scrollTo(0, 0)");
        await page.screenshot({ path: path.join(OUT, `${name}.png`) });
        await page.close();
        log(`docs/screenshots/${name}.png`);
      };

      await shoot('search', '?q=博览', async (page) => {
        await page.getByTestId('search-group').first().waitFor();
      });
      await shoot('graph', '?focus=new-area%3Atianfu&sel=new-area%3Atianfu&depth=2', async (page) => {
        await waitForRender(page);
        await page.locator('.legend summary').click();
      });
      await shoot('details', '?focus=platform%3Achongqing-international-expo-center&sel=platform%3Achongqing-international-expo-center', async (page) => {
        const first = await waitForRender(page);
        const task = await nodePagePosition(page, 'task:2020-03');
        await page.mouse.dblclick(task.x, task.y);
        await waitForRender(page, first.renders + 1);
        await page.getByTestId('details-name').filter({ hasText: '会展协同' }).waitFor();
        await page.locator('[data-testid="details"] [data-testid="citation"][data-paragraph="45"]').first().click();
        await page.getByTestId('source-viewer').waitFor();
      });
      await shoot('matrix', '?view=matrix', async (page) => {
        await page.getByTestId('matrix-row').first().waitFor();
      });
      await shoot('paths', '?view=paths&from=enterprise%3Azhubajie&to=organization%3Atianfu-chamber-of-commerce', async (page) => {
        await page.getByTestId('path-option').nth(1).click();
        await page.getByTestId('path-step').nth(2).waitFor();
      }, 1560);
      await shoot('partners', '?view=partners&pid=enterprise%3Azhubajie&ctypes=ENTERPRISE,ORGANIZATION', async (page) => {
        await page.getByTestId('candidate').first().waitFor();
      });
      await shoot('export', '?focus=enterprise%3Azhubajie&sel=enterprise%3Azhubajie', async (page) => {
        await waitForRender(page);
        await page.locator('.graph-toolbar [data-testid="export-menu"] summary').click();
        await page.getByTestId('export-svg').waitFor();
      }, 720, { width: 1280, height: 720 });
      // The graph on a laptop (1280×720) and on a phone (390×844).
      const graphQuery = '?focus=new-area%3Atianfu&depth=2';
      await shoot('laptop', graphQuery, async (page) => void (await waitForRender(page, 1, 120_000)), 720, { width: 1280, height: 720 });
      await shoot('phone', graphQuery, async (page) => void (await waitForRender(page, 1, 120_000)), 844, { width: 390, height: 844 });
      await shoot('graphiql', '', async (page) => {
        await page.goto(`${server.url}/graphiql`);
        await page.locator('.graphiql-container').waitFor();
        await page.waitForTimeout(1500);
      });

      // The largest neighbourhood: 天府新区 at depth 3 (the whole connected graph), rendered 5 times.
      const times: number[] = [];
      const layoutTimes: number[] = [];
      let size = { nodes: 0, edges: 0 };
      for (let i = 0; i < 5; i++) {
        const page = await chromium.browser.newPage({ viewport: VIEWPORT });
        await page.goto(`${server.url}/?focus=new-area%3Atianfu&depth=3`);
        const render = await waitForRender(page, 1, 60_000);
        times.push(render.ms ?? Number.NaN);
        layoutTimes.push(render.layoutMs ?? Number.NaN);
        size = { nodes: render.nodes, edges: render.edges };
        if (i === 0) {
          await page.screenshot({ path: path.join(OUT, 'graph-largest.png') });
          log('docs/screenshots/graph-largest.png');
        }
        await page.close();
      }
      times.sort((a, b) => a - b);
      layoutTimes.sort((a, b) => a - b);
      log(
        `render of new-area:tianfu at depth 3: ${size.nodes} nodes, ${size.edges} relationships; ` +
          `median ${times[2]} ms (min ${times[0]}, max ${times[4]}) over 5 page loads, of which the layout ${layoutTimes[2]} ms ` +
          `(load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await chromium.close();
    await driver.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
