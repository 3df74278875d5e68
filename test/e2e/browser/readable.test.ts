import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../../scripts/build-web.js';
import { ENUM_LABELS, PROPERTY_LABELS } from '../../../web/src/lib/vocabulary.js';
import { type SeededApi, startSeededApi } from '../../support/api.js';
import { launchChromium, type RunningBrowser, waitForRender } from '../../support/browser.js';

/** The largest neighbourhood of the curated graph: 天府新区 at depth 3 (the whole connected graph). */
const LARGEST = '?focus=new-area:tianfu&depth=3';
const SIZES = [
  ['laptop', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
] as const;

type Box = { id: string; x1: number; y1: number; x2: number; y2: number };

/** The model-space boxes of every label drawn (not hidden, not empty): nodes, edges and side boxes. */
async function drawnLabels(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    type El = {
      id(): string;
      hasClass(c: string): boolean;
      style(name: string): string;
      boundingBox(o: object): { x1: number; y1: number; x2: number; y2: number; w: number };
    };
    const graph = (globalThis as unknown as { __explorerGraph?: { cy: { elements(): { toArray(): El[] } } } }).__explorerGraph!;
    return graph.cy
      .elements()
      .toArray()
      .filter((el) => el.style('label') !== '' && !el.hasClass('label-hidden') && Number(el.style('text-opacity')) > 0)
      .map((el) => ({ id: el.id(), ...el.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }))
      .filter((box) => box.w > 0);
  });
}

async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    type N = { id(): string; position(): { x: number; y: number } };
    const graph = (globalThis as unknown as { __explorerGraph?: { cy: { nodes(s: string): { toArray(): N[] } } } }).__explorerGraph!;
    return Object.fromEntries(graph.cy.nodes('[typename]').toArray().map((n) => [n.id(), n.position()]));
  });
}

/** A page script: the page's text nodes, one per line, leaving out those inside `skip` (a selector). */
function textOutside(skip: string): string {
  return `(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(${JSON.stringify(`script, style, ${skip}`)})) continue;
      out.push(node.textContent);
    }
    return out.join('\\n');
  })()`;
}

describe('a readable explorer at laptop and phone size', () => {
  let api: SeededApi;
  let chromium: RunningBrowser;
  const pages: Page[] = [];

  beforeAll(async () => {
    ensureWebBuild((line) => process.stderr.write(`${line}\n`));
    api = await startSeededApi();
    chromium = await launchChromium();
    // Plan the graph's statements once before timing pages (planning them is slow on a busy machine).
    await api.query('{ neighborhood(id: "new-area:tianfu", depth: 3) { nodes { id side { placement newAreas { id } } } } }');
  }, 180_000);

  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    await chromium?.close();
    await api?.stop();
  });

  async function open(query: string, viewport: { width: number; height: number } = SIZES[0][1]): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport });
    pages.push(page);
    await page.goto(`${api.server.url}/${query}`);
    return page;
  }

  /** Opens a view and waits until nothing is loading any more. */
  async function settled(query: string): Promise<Page> {
    const page = await open(query);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction("!/正在加载|Loading/.test(document.body.innerText) && document.querySelector('.app-main').textContent.length > 0", undefined, {
      timeout: 60_000,
    });
    return page;
  }

  it.each(SIZES)('at %s size, no two labels drawn in the largest neighbourhood overlap, and they are 12 px or more', async (_size, viewport) => {
    const page = await open(LARGEST, viewport);
    const state = await waitForRender(page, 1, 150_000);
    expect(state.nodes).toBeGreaterThan(100);
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThan(20);
    const overlapping: string[] = [];
    for (let i = 0; i < labels.length; i += 1) {
      for (let j = i + 1; j < labels.length; j += 1) {
        const [a, b] = [labels[i]!, labels[j]!];
        if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) overlapping.push(`${a.id} × ${b.id}`);
      }
    }
    expect(overlapping).toEqual([]);
    const sizes = await page.evaluate(() => {
      const graph = (globalThis as unknown as { __explorerGraph?: { cy: { elements(s: string): { toArray(): { style(n: string): string }[] } } } }).__explorerGraph!;
      return graph.cy.elements('node[typename], edge').toArray().map((el) => parseFloat(el.style('font-size')));
    });
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // The header fits: no word broken over lines on a phone.
    const title = await page.locator('.brand h1').boundingBox();
    expect(title!.height).toBeLessThan(40);
  }, 240_000);

  it('the same URL loaded twice puts every node at the same position, within 1 px', async () => {
    const first = await open(LARGEST);
    await waitForRender(first, 1, 150_000);
    const second = await open(LARGEST);
    await waitForRender(second, 1, 150_000);
    const [a, b] = [await positions(first), await positions(second)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const moved = Object.keys(a).filter((id) => Math.abs(a[id]!.x - b[id]!.x) > 1 || Math.abs(a[id]!.y - b[id]!.y) > 1);
    expect(moved).toEqual([]);
  }, 180_000);

  /** Every enum value and camel-case property key of the vocabulary, as a reader could meet it raw. */
  const RAW = new Set([
    ...Object.values(ENUM_LABELS).flatMap((values) => Object.keys(values)),
    ...Object.keys(PROPERTY_LABELS).filter((key) => /[A-Z]/.test(key)),
  ]);
  const VIEWS = [
    `?focus=enterprise:zhubajie&sel=enterprise:zhubajie`,
    `?focus=person:liu-renyuan&sel=person:liu-renyuan`,
    `?focus=new-area:tianfu&depth=2&sel=new-area:tianfu&q=博览`,
    `?focus=enterprise:zhubajie&sel=enterprise:zhubajie-EXPANDS_TO->new-area:tianfu`,
    '?view=matrix',
    '?view=paths&from=enterprise:zhubajie&to=organization:tianfu-chamber-of-commerce',
    '?view=partners&pid=enterprise:zhubajie&ctypes=ENTERPRISE,ORGANIZATION,PLATFORM',
  ];

  it.each(VIEWS)('in Chinese, %s shows no raw enum value or property key', async (query) => {
    const page = await settled(query);
    const text = (await page.evaluate(textOutside('code, .source-viewer'))) as string;
    const words = text.match(/\b[A-Za-z_]+\b/g) ?? [];
    expect(words.filter((word) => RAW.has(word) && word !== 'GraphiQL')).toEqual([]);
  }, 90_000);

  it.each(VIEWS)('in English, %s shows no Chinese outside names and quotes', async (query) => {
    const page = await settled(`${query}&lang=en`);
    // Names (entity links, pickers, the selected entity's names and aliases), quotes, the source
    // text itself, and the button that switches to Chinese.
    const names = '.entity-link, .entity-name, .entity-other-name, .other-name, .hit-other, .aliases, [data-testid="details-name"], option';
    const text = (await page.evaluate(textOutside(`${names}, q, .citation-quote, .source-viewer, code, .lang-toggle`))) as string;
    const leftover = text.replace(/“[^”]*”/g, '').match(/.{0,20}[\u3400-\u9fff]+.{0,20}/g) ?? [];
    expect(leftover).toEqual([]);
  }, 90_000);
});
