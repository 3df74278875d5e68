import fs from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';

/** Debian's chromium (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Headless Chromium; playwright gives every launch a fresh, throw-away profile of its own. */
export async function launchChromium(): Promise<RunningBrowser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/**
 * The pages a suite opens in `browser`, at `baseUrl`: after each test, the uncaught errors of its
 * pages must be none (rendering happens after load, so they are checked then); `closeAll` closes
 * them when the suite ends. Call it in a describe block.
 */
export function suitePages(browser: () => Browser, baseUrl: () => string) {
  const pages: Page[] = [];
  let pageErrors: string[] = [];
  afterEach(() => {
    const errors = pageErrors;
    pageErrors = [];
    expect(errors).toEqual([]);
  });
  return {
    async open(query: string, options: BrowserContextOptions): Promise<Page> {
      const page = await browser().newPage(options);
      pages.push(page);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${baseUrl()}/${query}`);
      return page;
    },
    async closeAll(): Promise<void> {
      for (const page of pages) await page.close().catch(() => undefined);
    },
  };
}

export interface GraphState {
  nodes: number;
  edges: number;
  ms: number | null;
  /** Of `ms`, the layout's share. */
  layoutMs: number | null;
  renders: number;
}

/** What the explorer's graph holds now (from the cytoscape instance the page exposes). */
export async function graphState(page: Page): Promise<GraphState> {
  return page.evaluate(() => {
    const graph = (globalThis as unknown as { __explorerGraph?: { cy: { nodes(s: string): { length: number }; edges(): { length: number } }; lastRender: { ms: number; layoutMs: number } | null; renders: number } }).__explorerGraph;
    if (!graph) return { nodes: 0, edges: 0, ms: null, layoutMs: null, renders: 0 };
    return {
      nodes: graph.cy.nodes('[typename]').length,
      edges: graph.cy.edges().length,
      ms: graph.lastRender?.ms ?? null,
      layoutMs: graph.lastRender?.layoutMs ?? null,
      renders: graph.renders,
    };
  });
}

/** Waits until the graph has been laid out and drawn `renders` times or more. */
export async function waitForRender(page: Page, renders = 1, timeout = 30_000): Promise<GraphState> {
  await page.waitForFunction(
    (n) => ((globalThis as unknown as { __explorerGraph?: { renders: number } }).__explorerGraph?.renders ?? 0) >= n,
    renders,
    { timeout },
  );
  return graphState(page);
}

/** Where a node of the graph is on the page, for real mouse clicks on the canvas. */
export async function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => {
    const graph = (globalThis as unknown as { __explorerGraph?: { cy: { getElementById(id: string): { empty(): boolean; renderedPosition(): { x: number; y: number } } } } }).__explorerGraph;
    const node = graph?.cy.getElementById(nodeId);
    return node && !node.empty() ? node.renderedPosition() : null;
  }, id);
  if (!rendered) throw new Error(`no node ${id} in the graph`);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('the graph canvas is not on the page');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}
