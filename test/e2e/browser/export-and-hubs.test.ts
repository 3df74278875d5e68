import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../../scripts/build-web.js';
import { type SeededApi, startSeededApi } from '../../support/api.js';
import { launchChromium, type RunningBrowser, suitePages, waitForRender } from '../../support/browser.js';

const SOURCE_TITLE = '重庆两江新区与四川天府新区签署战略合作协议 七方面携手合作 共同打造内陆开放门户';
const LAPTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Saved {
  name: string;
  bytes: Buffer;
}

/** Rows of a downloaded CSV (byte-order mark dropped), the header first. */
function csvRows(file: Saved): string[][] {
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1)) as string[][];
}

/** Every sheet of a downloaded workbook as rows of text, the header first. */
async function xlsxSheets(file: Saved): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === undefined || value === null ? '' : String(value)))));
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** The graph's entities and edges as drawn now. */
async function drawn(page: Page): Promise<{ entities: string[]; groups: { id: string; count: number }[]; edges: number }> {
  return page.evaluate(() => {
    type El = { id(): string; data(key: string): unknown; hasClass(c: string): boolean };
    const cy = (globalThis as unknown as { __explorerGraph: { cy: { nodes(s: string): { toArray(): El[] }; edges(): { length: number } } } }).__explorerGraph.cy;
    const nodes = cy.nodes('[typename]').toArray();
    return {
      entities: nodes.filter((n) => !n.hasClass('group')).map((n) => n.id()),
      groups: nodes.filter((n) => n.hasClass('group')).map((n) => ({ id: n.id(), count: Number(/\d+/.exec(String(n.data('label')))?.[0]) })),
      edges: cy.edges().length,
    };
  });
}

describe('exports, folded hubs and the phone layout of the explorer', () => {
  let api: SeededApi;
  let chromium: RunningBrowser;
  const pages = suitePages(() => chromium.browser, () => api.server.url);

  beforeAll(async () => {
    ensureWebBuild((line) => process.stderr.write(`${line}\n`));
    api = await startSeededApi();
    chromium = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await pages.closeAll();
    await chromium?.close();
    await api?.stop();
  });

  function open(query: string, viewport = LAPTOP): Promise<Page> {
    return pages.open(query, { viewport, acceptDownloads: true });
  }

  /** Opens the export menu inside `scope` and saves what `button` downloads. */
  async function save(page: Page, scope: Locator, button: string): Promise<Saved> {
    const menu = scope.getByTestId('export-menu');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), menu.getByTestId(button).click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
  }

  it.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const)('at %s size, the graph exports its nodes and relationships as CSV and XLSX with their citations, and itself as PNG and SVG', async (_size, viewport) => {
    const page = await open('?focus=enterprise:zhubajie', viewport);
    await waitForRender(page, 1, 60_000);
    const graph = await drawn(page);
    expect(graph.groups).toEqual([]);
    const toolbar = page.locator('.graph-toolbar');

    const nodes = await save(page, toolbar, 'export-csv-nodes');
    expect(nodes.name).toBe('graph-nodes.csv');
    const [nodeHeader, ...nodeRows] = csvRows(nodes);
    expect(nodeHeader).toEqual(['序号', '类型', '名称', '英文名', '归属', '图中关系数', '简介', '出处段落', '出处文献']);
    expect(nodeRows).toHaveLength(graph.entities.length);
    const zbj = nodeRows.find((row) => row[2] === '猪八戒网')!;
    expect(zbj.slice(1, 4)).toEqual(['企业', '猪八戒网', 'Zhubajie (ZBJ.com)']);
    expect(zbj[7]).toMatch(/^\d+(; \d+)*$/);
    expect(zbj[8]).toBe(SOURCE_TITLE);
    // Every entity and every relationship of the curated graph is cited.
    expect(nodeRows.filter((row) => row[7] === '' || row[8] !== SOURCE_TITLE)).toEqual([]);

    const edges = await save(page, toolbar, 'export-csv-relationships');
    const [edgeHeader, ...edgeRows] = csvRows(edges);
    expect(edgeHeader).toEqual(['序号', '主体', '关系', '客体', '出处段落', '出处文献']);
    expect(edgeRows).toHaveLength(graph.edges);
    expect(edgeRows.find((row) => row[1] === '朱明跃' && row[3] === '猪八戒网')?.slice(2)).toEqual(['任职（董事长）', '猪八戒网', expect.stringMatching(/^\d+/), SOURCE_TITLE]);
    expect(edgeRows.filter((row) => row[4] === '')).toEqual([]);

    const workbook = await save(page, toolbar, 'export-xlsx');
    expect(workbook.name).toBe('graph.xlsx');
    const sheets = await xlsxSheets(workbook);
    expect([...sheets.keys()]).toEqual(['节点', '关系']);
    expect(sheets.get('节点')).toEqual([nodeHeader, ...nodeRows]);
    expect(sheets.get('关系')).toEqual([edgeHeader, ...edgeRows]);

    const png = await save(page, toolbar, 'export-png');
    expect(png.name).toBe('graph.png');
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // IHDR: width and height, big-endian, at bytes 16-23.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(200);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(200);

    const svg = await save(page, toolbar, 'export-svg');
    expect(svg.name).toBe('graph.svg');
    const parsed = await page.evaluate((text) => {
      type Doc = {
        querySelector(s: string): { textContent: string | null } | null;
        querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> & Iterable<{ textContent: string | null }>;
        documentElement: { nodeName: string; getAttribute(name: string): string | null };
      };
      const { DOMParser } = globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): Doc } };
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        width: Number.parseFloat(doc.documentElement.getAttribute('width') ?? '0'),
        shapes: doc.querySelectorAll('path, rect, text').length,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBeGreaterThan(200);
    expect(parsed.shapes).toBeGreaterThan(graph.entities.length);
    expect(parsed.text).toContain('猪八戒网');
  }, 240_000);

  it('search results export in English: English headers, one row per hit, re-opened from XLSX', async () => {
    const page = await open('?q=expo&lang=en');
    const panel = page.locator('.search-panel');
    await panel.getByTestId('search-hit').first().waitFor();
    const hits = await panel.getByTestId('search-hit').count();
    const [header, ...rows] = csvRows(await save(page, panel, 'export-csv-search'));
    expect(header).toEqual(['No.', 'Type', 'Name', 'Chinese name', 'Matched on', 'Summary', 'Paragraphs cited', 'Source']);
    expect(rows).toHaveLength(hits);
    const expo = rows.find((row) => row[2] === 'Chongqing International Expo Center')!;
    expect(expo.slice(1, 4)).toEqual(['Platform', 'Chongqing International Expo Center', '重庆国际博览中心']);
    expect(expo[5]).toMatch(/^One of the platforms supporting/);
    expect(expo[6]).toBe('12; 45');
    const sheets = await xlsxSheets(await save(page, panel, 'export-xlsx'));
    expect(sheets.get('Search results')).toEqual([header, ...rows]);
  }, 120_000);

  it('paths export one row per step of every path found, with the step’s paragraphs', async () => {
    const from = 'enterprise:zhubajie';
    const to = 'organization:tianfu-chamber-of-commerce';
    const expected = await api.query<{ paths: { length: number }[] }>(`{ paths(fromId: "${from}", toId: "${to}", maxLength: 4, first: 10) { length } }`);
    const steps = expected.data!.paths.reduce((sum, path) => sum + path.length, 0);
    expect(steps).toBeGreaterThan(0);
    const page = await open(`?view=paths&from=${from}&to=${to}`);
    await page.getByTestId('path-steps').waitFor();
    const [header, ...rows] = csvRows(await save(page, page.locator('.paths-view'), 'export-csv-paths'));
    expect(header).toEqual(['路径', '步数', '步', '从', '关系', '到', '说明', '出处段落', '出处文献']);
    expect(rows).toHaveLength(steps);
    expect(rows[0]!.slice(0, 4)).toEqual(['1', String(expected.data!.paths[0]!.length), '1', '猪八戒网']);
    expect(rows.filter((row) => !/^\d+/.test(row[7]!) || row[8] !== SOURCE_TITLE)).toEqual([]);
  }, 120_000);

  it('partner candidates export one row per candidate, with score, reasons and paragraphs', async () => {
    const page = await open('?view=partners&pid=enterprise:zhubajie&ctypes=ENTERPRISE,ORGANIZATION,PLATFORM');
    await page.getByTestId('candidate').first().waitFor();
    const candidates = await page.getByTestId('candidate').count();
    const sheets = await xlsxSheets(await save(page, page.locator('.partners-view'), 'export-xlsx'));
    const [header, ...rows] = sheets.get('合作伙伴候选')!;
    expect(header).toEqual(['排名', '类型', '名称', '英文名', '得分', '理由', '出处段落', '出处文献']);
    expect(rows).toHaveLength(candidates);
    expect(rows.map((row) => Number(row[0]))).toEqual(Array.from({ length: candidates }, (_, i) => i + 1));
    expect(rows.filter((row) => !/^\+\d/.test(row[5]!) || !/^\d+/.test(row[6]!))).toEqual([]);
  }, 120_000);

  it('task coverage exports ten rows as XLSX, the task’s paragraphs with each', async () => {
    const page = await open('?view=matrix&lang=en');
    await page.getByTestId('matrix-row').first().waitFor();
    const sheets = await xlsxSheets(await save(page, page.locator('.matrix-view'), 'export-xlsx'));
    const [header, ...rows] = sheets.get('Task coverage')!;
    expect(header).toEqual(['#', 'Key task', 'Liangjiang New Area side', 'Tianfu New Area side', 'Platforms on no side', 'Gaps', 'Paragraphs cited', 'Source']);
    expect(rows).toHaveLength(10);
    expect(rows.find((row) => row[0] === '3')?.slice(1, 3)).toEqual(['Exhibition and convention coordination', 'Chongqing International Expo Center']);
  }, 120_000);

  it('a hub folds its farther neighbours at depth 2 into "+N" groups; a click opens one, and the link keeps it open', async () => {
    const query = '?focus=new-area:tianfu&depth=2';
    const page = await open(query);
    await waitForRender(page, 1, 150_000);
    const before = await drawn(page);
    expect(before.groups.length).toBeGreaterThan(0);
    const group = [...before.groups].sort((a, b) => b.count - a.count)[0]!;
    expect(group.count).toBeGreaterThanOrEqual(3);
    const labels = await page.evaluate((id) => {
      const cy = (globalThis as unknown as { __explorerGraph: { cy: { getElementById(id: string): { data(k: string): string } } } }).__explorerGraph.cy;
      return cy.getElementById(id).data('label');
    }, group.id);
    expect(labels).toMatch(/^\+\d+ [\u3400-\u9fff]+$/);

    await page.evaluate((id) => {
      const cy = (globalThis as unknown as { __explorerGraph: { cy: { getElementById(id: string): { emit(e: string): void } } } }).__explorerGraph.cy;
      cy.getElementById(id).emit('tap');
    }, group.id);
    await waitForRender(page, 2, 150_000);
    const after = await drawn(page);
    expect(after.groups.map((g) => g.id)).not.toContain(group.id);
    expect(after.entities.length).toBe(before.entities.length + group.count);
    expect(new URL(page.url()).searchParams.get('open')).toBe(group.id);

    // In English the group is named in English; the opened group stays open in the shared link.
    const shared = await open(`${new URL(page.url()).search}&lang=en`);
    await waitForRender(shared, 1, 150_000);
    const again = await drawn(shared);
    expect(again.entities.sort()).toEqual([...after.entities].sort());
    const english = await shared.evaluate(() => {
      const cy = (globalThis as unknown as { __explorerGraph: { cy: { nodes(s: string): { map(f: (n: { data(k: string): string }) => string): string[] } } } }).__explorerGraph.cy;
      return cy.nodes('.group').map((n) => n.data('label'));
    });
    expect(english.length).toBeGreaterThan(0);
    expect(english.filter((label) => !/^\+\d+ [a-z]+( [a-z]+)*$/.test(label))).toEqual([]);
  }, 300_000);

  it.each(['?focus=new-area:tianfu&depth=2&sel=new-area:tianfu', '?view=matrix', '?view=paths&from=enterprise:zhubajie&to=organization:tianfu-chamber-of-commerce', '?view=partners&pid=enterprise:zhubajie'])(
    'on a 390×844 phone, %s fits the width; the search and details panels and the legend are drawers',
    async (query) => {
      const page = await open(query, PHONE);
      await page.waitForLoadState('networkidle');
      await page.waitForFunction("!/正在加载|Loading/.test(document.body.innerText) && document.querySelector('.app-main').textContent.length > 0", undefined, { timeout: 90_000 });
      const widths = (await page.evaluate("({ page: document.documentElement.scrollWidth, header: document.querySelector('.app-header').scrollWidth })")) as { page: number; header: number };
      expect(widths.page).toBeLessThanOrEqual(PHONE.width);
      expect(widths.header).toBeLessThanOrEqual(PHONE.width);
      if (!query.includes('view=')) {
        const details = page.getByTestId('details-drawer');
        await expect(details.getAttribute('open')).resolves.not.toBeNull();
        await details.locator('summary').first().click();
        await expect(details.getAttribute('open')).resolves.toBeNull();
        await expect(page.getByTestId('search-drawer').getAttribute('open')).resolves.toBeNull();
        await expect(page.getByTestId('legend').getAttribute('open')).resolves.toBeNull();
        await page.getByTestId('legend').locator('summary').click();
        const legend = await page.getByTestId('legend').boundingBox();
        expect(legend!.x + legend!.width).toBeLessThanOrEqual(PHONE.width);
      }
    },
    120_000,
  );
});
