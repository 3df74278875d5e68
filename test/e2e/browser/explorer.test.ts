import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../../scripts/build-web.js';
import { type SeededApi, startSeededApi } from '../../support/api.js';
import { graphState, launchChromium, nodePagePosition, type RunningBrowser, suitePages, waitForRender } from '../../support/browser.js';

const EXPO_CENTER = 'platform:chongqing-international-expo-center';
const TASK_3 = 'task:2020-03';

/** The explorer in headless Chromium against the seeded API, served by the API's own server. */
describe('the explorer in a browser', () => {
  let api: SeededApi;
  let chromium: RunningBrowser;
  const pages = suitePages(() => chromium.browser, () => api.server.url);

  beforeAll(async () => {
    ensureWebBuild((line) => process.stderr.write(`${line}\n`));
    api = await startSeededApi();
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await pages.closeAll();
    await chromium?.close();
    await api?.stop();
  });

  function open(query = ''): Promise<Page> {
    return pages.open(query, { viewport: { width: 1500, height: 950 } });
  }

  it('serves the explorer at / and GraphiQL at /graphiql', async () => {
    const page = await open();
    await expect(page.title()).resolves.toContain('两江–天府合作图谱');
    await page.getByTestId('welcome').getByText('重庆国际博览中心').waitFor();

    const graphiql = await open();
    await graphiql.goto(`${api.server.url}/graphiql`);
    await graphiql.locator('.graphiql-container').waitFor();
  });

  it('search 博览: hits grouped by type; opening 重庆国际博览中心 draws its neighbourhood and shows its details', async () => {
    const page = await open();
    await page.getByTestId('search-input').fill('博览');
    const platforms = page.locator('[data-testid="search-group"][data-type="Platform"]');
    await platforms.getByText('重庆国际博览中心').waitFor();
    await expect(platforms.getByTestId('search-hit').count()).resolves.toBeGreaterThanOrEqual(2);
    await page.locator('[data-testid="search-group"][data-type="Task"]').getByText('会展协同').waitFor();

    await platforms.locator(`[data-entity-id="${EXPO_CENTER}"]`).click();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('重庆国际博览中心');
    const graph = await waitForRender(page);
    expect(graph.nodes).toBeGreaterThanOrEqual(4);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(EXPO_CENTER);
    await expect(page.getByTestId('graph-stats').textContent()).resolves.toMatch(/\d+ 个节点 · \d+ 条关系 · 渲染 \d+ 毫秒/);
  });

  it('marks what matched: the characters of a short form, the reason, and the words of a summary, in Chinese and in English', async () => {
    const page = await open('?q=重庆博览中心');
    const hit = page.locator(`[data-testid="search-hit"][data-entity-id="${EXPO_CENTER}"]`);
    await hit.waitFor();
    // 重庆·博览中心 in 重庆国际博览中心: the characters typed are marked, 国际 is not.
    await expect(hit.locator('.hit-name [data-testid="match-mark"]').allTextContents()).resolves.toEqual(['重庆', '博览中心']);
    await expect(hit.getByTestId('hit-reason').textContent()).resolves.toBe('简称');
    await expect(hit.getByTestId('hit-reason').getAttribute('data-matched-on')).resolves.toBe('ABBREVIATION');

    // Hits found in their summaries only (猪八戒 is named in them): the reason and the summary's words, marked.
    await page.getByTestId('search-input').fill('猪八戒');
    const reasons = page.locator('[data-testid="hit-reason"][data-matched-on="FULL_TEXT"]');
    await reasons.first().getByTestId('hit-snippet').waitFor();
    await expect(reasons.first().textContent()).resolves.toMatch(/^全文，简介中：.*猪八戒/);
    const marked = await reasons.first().locator('[data-testid="match-mark"]').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(['猪八戒']));

    // In English: the reason in English, and the alias that matched shown with its words marked.
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('search-input').fill('expo centre');
    const english = page.locator(`[data-testid="search-hit"][data-entity-id="${EXPO_CENTER}"]`).getByTestId('hit-reason');
    await english.getByTestId('match-mark').first().waitFor();
    await expect(english.textContent()).resolves.toBe('alias: Chongqing International Expo Centre');
    await expect(english.getByTestId('match-mark').allTextContents()).resolves.toEqual(['Expo', 'Centre']);

    // The pickers mark the same way: an alias that matched is shown with its marks.
    const paths = await open('?view=paths');
    await paths.getByTestId('path-from-input').fill('zbjw');
    const picked = paths.locator('[data-testid="path-from"] [data-testid="picker-hit"][data-entity-id="enterprise:zhubajie"]');
    await picked.waitFor();
    await expect(picked.getByTestId('hit-reason').textContent()).resolves.toMatch(/^拼音首字母/);
    await expect(picked.locator('[data-testid="match-mark"]').allTextContents()).resolves.toEqual(['猪八戒网']);
  });

  it('a search with no hits says so', async () => {
    const page = await open('?q=不存在的东西');
    await expect(page.getByTestId('search-empty').textContent()).resolves.toContain('没有找到与“不存在的东西”相关的实体');
  });

  it('double-click expands: the centre one level deeper, a neighbour with its own neighbours', async () => {
    const page = await open(`?focus=${EXPO_CENTER}&sel=${EXPO_CENTER}`);
    const first = await waitForRender(page);

    const centre = await nodePagePosition(page, EXPO_CENTER);
    await page.mouse.dblclick(centre.x, centre.y);
    const deeper = await waitForRender(page, first.renders + 1);
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
    expect(deeper.nodes).toBeGreaterThan(first.nodes);

    await page.getByTestId('tab-explore').click();
    // The view may still be moving after the tab's click (a fit or a layout): click where the task has come to rest.
    let task = await nodePagePosition(page, TASK_3);
    for (let settled = false; !settled; ) {
      await page.waitForTimeout(250);
      const now = await nodePagePosition(page, TASK_3);
      settled = Math.abs(now.x - task.x) < 0.5 && Math.abs(now.y - task.y) < 0.5;
      task = now;
    }
    await page.mouse.dblclick(task.x, task.y);
    await page.waitForURL((url) => url.searchParams.get('x') === TASK_3);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('会展协同');
    await page.waitForFunction(
      () => !((globalThis as unknown as { __explorerGraph: { cy: { getElementById(id: string): { empty(): boolean } } } }).__explorerGraph.cy.getElementById('platform:western-china-international-expo-city').empty()),
    );
    expect((await graphState(page)).nodes).toBeGreaterThanOrEqual(deeper.nodes);
  });

  it('a citation opens on the quoted sentence in its numbered paragraph', async () => {
    const page = await open(`?focus=${EXPO_CENTER}&sel=${EXPO_CENTER}`);
    const details = page.getByTestId('details');
    await details.getByTestId('details-name').waitFor();
    await details.locator('[data-testid="citation"][data-paragraph="12"]').first().click();
    const viewer = page.getByTestId('source-viewer');
    await viewer.waitFor();
    await expect(viewer.getByTestId('source-paragraph').textContent()).resolves.toBe('第 12 段');
    await expect(viewer.getByTestId('source-quote').textContent()).resolves.toBe('以重庆国际博览中心、天府新区西部国际博览城及国际会议中心等平台为支撑');
    await expect(viewer.locator('mark').textContent()).resolves.toBe('以重庆国际博览中心、天府新区西部国际博览城及国际会议中心等平台为支撑');

    // The relationships' citations too: SERVES 会展协同 is stated in paragraph 45.
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    await details.locator('[data-testid="relationship-group"][data-type="SERVES"] [data-testid="citation"][data-paragraph="45"]').click();
    await expect(page.getByTestId('source-quote').textContent()).resolves.toContain('西部国际博览城');
  });

  it('a clicked relationship shows its citations', async () => {
    const page = await open(`?focus=${EXPO_CENTER}&sel=${encodeURIComponent(`${EXPO_CENTER}-SERVES->${TASK_3}`)}`);
    const details = page.locator(`[data-testid="details"][data-edge-id="${EXPO_CENTER}-SERVES->${TASK_3}"]`);
    const citation = details.locator('[data-testid="citation"][data-paragraph="45"]');
    await citation.waitFor();
    const quote = await citation.locator('.citation-quote').textContent();
    expect(quote).toContain('重庆国际博览中心');
    // The quote is verbatim from [P45] of the article.
    expect('以重庆国际博览中心、西部国际博览城、天府国际会议中心等平台为支撑,探索会展发展新模式,联合打造国际会展会议高地。').toContain(quote);
  });

  it('the matrix shows the three platforms of task 3 by new area, and exports them as CSV', async () => {
    const page = await open('?view=matrix');
    const row = page.locator('[data-testid="matrix-row"][data-task-number="3"]');
    await row.waitFor();
    await expect(row.locator('td[data-area="new-area:liangjiang"]').textContent()).resolves.toContain('重庆国际博览中心');
    const tianfu = (await row.locator('td[data-area="new-area:tianfu"]').textContent()) ?? '';
    expect(tianfu).toContain('天府国际会议中心');
    expect(tianfu).toContain('天府新区西部国际博览城');
    await expect(row.locator('.entity-link').count()).resolves.toBe(4); // the task and its three platforms
    await expect(page.getByTestId('matrix-row').count()).resolves.toBe(10);

    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-task-coverage').click()]);
    expect(download.suggestedFilename()).toBe('task-platform-matrix.csv');
    const path = await download.path();
    const csv = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF#,重点任务,两江新区一侧,天府新区一侧,未归属任何一方的平台,缺口,出处段落,出处文献');
    // The task's own paragraphs (where the article sets it) and the source's title end the row.
    expect(csv).toMatch(/\r\n3,会展协同,重庆国际博览中心,天府国际会议中心; 天府新区西部国际博览城,,,(\d+; )*45(; \d+)*,重庆两江新区与四川天府新区签署战略合作协议 /);
  });

  it('the path finder connects 猪八戒网 and 天府新区商会, drawn and explained step by step', async () => {
    const page = await open('?view=paths');
    await page.getByTestId('path-from-input').fill('猪八戒');
    await page.locator('[data-testid="path-from"] [data-testid="picker-hit"][data-entity-id="enterprise:zhubajie"]').click();
    await page.getByTestId('path-to-input').fill('天府新区商会');
    await page.locator('[data-testid="path-to"] [data-testid="picker-hit"][data-entity-id="organization:tianfu-chamber-of-commerce"]').click();

    await page.getByTestId('path-diagram').waitFor();
    const options = page.getByTestId('path-option');
    await expect(options.first().textContent()).resolves.toContain('猪八戒网 —拓展至（规划中）→ 天府新区 ←隶属— 天府新区商会');
    await expect(options.count()).resolves.toBeGreaterThan(1);
    const steps = page.getByTestId('path-step');
    await expect(steps.count()).resolves.toBe(2);
    await expect(steps.nth(0).textContent()).resolves.toContain('猪八戒网 拓展至（规划中） 天府新区');
    await expect(steps.nth(1).textContent()).resolves.toContain('天府新区商会 隶属 天府新区');
    await expect(steps.nth(0).getByTestId('citation').count()).resolves.toBeGreaterThan(0);

    // A longer path, through people, step by step.
    await options.filter({ hasText: '朱明跃' }).first().click();
    await expect(steps.count()).resolves.toBe(3);
    await expect(steps.nth(0).textContent()).resolves.toContain('朱明跃 任职（董事长） 猪八戒网');
    expect(new URL(page.url()).searchParams.get('from')).toBe('enterprise:zhubajie');
  });

  it('the partner finder ranks candidates on the other side, with reasons', async () => {
    const page = await open('?view=partners&ctypes=ENTERPRISE,ORGANIZATION');
    await page.getByTestId('partner-subject').selectOption('enterprise:zhubajie');
    // The target defaults to the other side, once the sides are known.
    await expect.poll(() => page.getByTestId('partner-area').inputValue()).toBe('new-area:tianfu');
    const candidates = page.getByTestId('candidate');
    await candidates.first().waitFor();
    const chamber = page.locator('[data-testid="candidate"][data-entity-id="organization:tianfu-chamber-of-commerce"]');
    await expect(chamber.getByTestId('reason').textContent()).resolves.toContain('+3 人脉相连');
    await expect(chamber.getByTestId('reason').textContent()).resolves.toContain('王麒');
  });

  it('English on request, and the URL brings the same view back', async () => {
    const page = await open(`?focus=${EXPO_CENTER}&sel=${EXPO_CENTER}`);
    await page.getByTestId('details-name').waitFor();
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('Chongqing International Expo Center');
    await expect(page.getByTestId('tab-matrix').textContent()).resolves.toBe('Tasks × platforms');
    const shared = new URL(page.url());
    expect(shared.searchParams.get('lang')).toBe('en');

    const again = await open(shared.search);
    await expect(again.getByTestId('details-name').textContent()).resolves.toBe('Chongqing International Expo Center');
    await waitForRender(again);
  });
});
