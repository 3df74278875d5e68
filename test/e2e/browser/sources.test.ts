import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../../scripts/build-web.js';
import { type SeededApi, startSeededApi } from '../../support/api.js';
import { launchChromium, type RunningBrowser, suitePages } from '../../support/browser.js';
import { bearer, KEYS, testAuth } from '../../support/editing.js';

const TEXT = [
  '两江产业集团董事长李毅在礼嘉智慧公园向天府新区党政代表团介绍了智慧场景。',
  '',
  '猪八戒网落户两江数字经济产业园,管委会负责人陪同参观。',
  '',
  '成渝商会会长张明和重庆大学校长赵华等出席。',
].join('\n');
const META = { title: '一次考察的报道', publisher: '测试日报', publishedOn: '2020-04-24', url: 'https://example.org/visit' };
const LI_YI = 'person:li-yi';
const GROUP = 'enterprise:liangjiang-industry-group';

/** The Sources view and the editing forms in headless Chromium: an editor adds and reviews a document; a reader only reads. */
describe('documents in the explorer', () => {
  let api: SeededApi;
  let chromium: RunningBrowser;
  const pages = suitePages(() => chromium.browser, () => api.server.url);
  let sourceId = '';

  beforeAll(async () => {
    ensureWebBuild((line) => process.stderr.write(`${line}\n`));
    api = await startSeededApi({ auth: testAuth() });
    // The article's chairman of 两江产业集团 is taken out, so that the document states a fact the graph lacks.
    const removed = await api.query(`mutation { deleteEntity(input: { id: "${LI_YI}", source: { note: "test setup" } }) { deletedId } }`, {}, bearer(KEYS.admin));
    expect(removed.errors).toBeUndefined();
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await pages.closeAll();
    await chromium?.close();
    await api?.stop();
  });

  function open(query: string): Promise<Page> {
    return pages.open(query, { viewport: { width: 1500, height: 950 } });
  }

  async function signIn(page: Page, key: string, role: string): Promise<void> {
    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-token').fill(key);
    await page.getByTestId('signin-submit').click();
    await page.locator(`[data-testid="signed-in"][data-role="${role}"]`).waitFor();
  }

  /** Waits for the notice of the Sources view to say `text` (it may still say what the previous action did). */
  const notice = (page: Page, text: string | RegExp) => page.getByTestId('source-notice').filter({ hasText: text }).waitFor();

  const candidate = (page: Page, text: string) => page.getByTestId('fact-candidate').filter({ has: page.getByTestId('candidate-fact').filter({ hasText: text }) });

  it('a bad key is refused with a clear message and nothing is kept', async () => {
    const page = await open('?view=sources');
    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-token').fill('not-a-key');
    await page.getByTestId('signin-submit').click();
    const error = page.getByTestId('signin-form').getByTestId('api-error');
    await expect(error.textContent()).resolves.toContain('the bearer token is not a valid API key or JWT');
    await expect(page.evaluate('window.sessionStorage.length')).resolves.toBe(0);
    await expect(page.getByTestId('add-source-open').count()).resolves.toBe(0);
  });

  it('an editor signs in, adds a document and sees its mentions; an ambiguous one lists its candidates', async () => {
    const page = await open('?view=sources');
    await signIn(page, KEYS.editor, 'EDITOR');
    await expect(page.getByTestId('signed-in').textContent()).resolves.toContain('API 密钥 alice（编辑）');
    await page.getByTestId('add-source-open').click();
    await page.getByTestId('add-title').fill(META.title);
    await page.getByTestId('add-publisher').fill(META.publisher);
    await page.getByTestId('add-published-on').fill(META.publishedOn);
    await page.getByTestId('add-url').fill(META.url);
    await page.getByTestId('add-text').fill(TEXT);
    await page.getByTestId('add-submit').click();

    const reader = page.getByTestId('source-reader');
    await reader.waitFor();
    sourceId = (await reader.getAttribute('data-source-id'))!;
    expect(new URL(page.url()).searchParams.get('doc')).toBe(sourceId);
    await notice(page, /^已添加：\d+ 处提及，4 条候选事实待审核。$/);
    await expect(page.getByTestId('source-title').textContent()).resolves.toBe(META.title);
    await expect(page.getByTestId('source-paragraph-row').count()).resolves.toBe(3);

    const group = page.locator(`[data-testid="mention"][data-entity-id="${GROUP}"]`);
    await expect(group.textContent()).resolves.toBe('两江产业集团');
    const committee = page.locator('[data-testid="mention"][data-ambiguous="true"]', { hasText: '管委会' });
    await committee.click();
    const options = page.getByTestId('mention-candidates').locator('[data-entity-id]');
    await expect(options.evaluateAll((links) => links.map((link) => link.getAttribute('data-entity-id')).sort())).resolves.toEqual([
      'organization:liangjiang-management-committee',
      'organization:tianfu-chengdu-management-committee',
    ]);

    // The same text again changes nothing and says so.
    await page.getByTestId('add-source-open').click();
    await page.getByTestId('add-title').fill('another title');
    await page.getByTestId('add-text').fill(TEXT);
    await page.getByTestId('add-submit').click();
    await notice(page, '同样的文本已经存在，没有任何改动。');

    // A click on a mention opens the entity in the graph view.
    await group.click();
    await page.waitForURL((url) => url.searchParams.get('focus') === GROUP);
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('两江产业集团');
  });

  it('accepts a candidate with an edit; the new fact is found through search, node, paths and the explorer, with its citation', async () => {
    const page = await open(`?view=sources&doc=${sourceId}`);
    await signIn(page, KEYS.editor, 'EDITOR');
    const position = candidate(page, '李毅');
    await position.getByTestId('candidate-edit-open').click();
    await position.getByTestId('edit-name-en').fill('Li Yi');
    await position.getByTestId('property-value-title').fill('党委书记、董事长');
    await position.getByTestId('edit-accept').click();
    await page.locator('[data-testid="fact-candidate"][data-status="ACCEPTED"]', { hasText: '李毅' }).waitFor();

    const found = await api.query<{
      search: { entity: { id: string; nameEn: string } }[];
      node: { relationships: { edges: { node: { id: string }; relationship: { title: string; citations: { source: { id: string } }[] } }[] } };
      paths: { steps: { type: string; citations: { source: { id: string } }[] }[] }[];
    }>(`{ search(text: "李毅", types: [PERSON]) { entity { id nameEn } }
        node(id: "${LI_YI}") { ... on Person { relationships(types: [HOLDS_POSITION]) { edges { node { id } relationship { title citations { source { id } } } } } } }
        paths(fromId: "${LI_YI}", toId: "${GROUP}", maxLength: 1) { steps { type citations { source { id } } } } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data!.search[0]!.entity).toEqual({ id: LI_YI, nameEn: 'Li Yi' });
    expect(found.data!.node.relationships.edges).toEqual([{ node: { id: GROUP }, relationship: { title: '党委书记、董事长', citations: [{ source: { id: sourceId } }] } }]);
    expect(found.data!.paths[0]!.steps).toEqual([{ type: 'HOLDS_POSITION', citations: [{ source: { id: sourceId } }] }]);

    // In the explorer: search, the details with the citation of the document (its title shown), and paths.
    await page.getByTestId('tab-explore').click();
    await page.getByTestId('search-input').fill('李毅');
    await page.locator(`[data-testid="search-hit"][data-entity-id="${LI_YI}"]`).click();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('李毅');
    const details = page.getByTestId('details');
    await details.locator('[data-testid="relationship-group"][data-type="HOLDS_POSITION"] [data-testid="citation"]').click();
    await expect(page.getByTestId('citation-source-title').textContent()).resolves.toContain(META.title);
    await expect(page.getByTestId('source-quote').textContent()).resolves.toBe('两江产业集团董事长李毅');
    await page.keyboard.press('Escape');

    const paths = await open(`?view=paths&from=${LI_YI}&to=${GROUP}`);
    await paths.locator('.path-step [data-testid="citation"]').first().click();
    await expect(paths.getByTestId('citation-source-title').textContent()).resolves.toContain(META.title);
  });

  it('rejects a candidate with a reason; processed again, it is not proposed again; a selection is accepted at once', async () => {
    const page = await open(`?view=sources&doc=${sourceId}`);
    await signIn(page, KEYS.editor, 'EDITOR');
    const located = candidate(page, '猪八戒网');
    await located.getByTestId('candidate-reject-open').click();
    await located.getByTestId('reject-submit').click();
    await expect(located.getByTestId('api-error').textContent()).resolves.toContain('input.reason');
    await located.getByTestId('reject-reason').fill('the visit took place there; the text does not say it is based there');
    await located.getByTestId('reject-submit').click();
    await page.locator('[data-testid="fact-candidate"][data-status="REJECTED"]', { hasText: '猪八戒网' }).waitFor();

    await page.getByTestId('reprocess').click();
    await notice(page, /^已重新处理：\d+ 处提及，2 条待审核候选。$/);
    await expect(page.locator('[data-testid="fact-candidate"]', { hasText: '猪八戒网' }).getAttribute('data-status')).resolves.toBe('REJECTED');
    await expect(page.locator('[data-testid="fact-candidate"]', { hasText: '猪八戒网' }).count()).resolves.toBe(1);

    // The two positions of the third paragraph, selected and accepted together.
    await page.getByTestId('select-all').click();
    await expect(page.getByTestId('accept-selected').textContent()).resolves.toBe('采纳所选（2）');
    await page.getByTestId('accept-selected').click();
    await notice(page, '已采纳 2 条。');
    await page.waitForFunction(`document.querySelectorAll('[data-testid="fact-candidate"][data-status="ACCEPTED"]').length === 3`);
    await expect(page.locator('[data-testid="fact-candidate"][data-status="PENDING"]').count()).resolves.toBe(0);
    const people = await api.query<{ search: { entity: { name: string } }[] }>(`{ search(text: "赵华", types: [PERSON]) { entity { name } } }`);
    expect(people.data!.search.map((hit) => hit.entity.name)).toContain('赵华');
  });

  it('an editor changes an entity’s properties and links in the details panel; the API’s refusal is shown', async () => {
    const page = await open(`?focus=${LI_YI}&sel=${LI_YI}`);
    await signIn(page, KEYS.editor, 'EDITOR');
    await page.getByTestId('entity-edit-open').click();
    await page.getByTestId('entity-edit-aliases').fill('李董');
    await page.getByTestId('entity-edit-save').click();
    // No source given: the API says which field is missing.
    await expect(page.getByTestId('entity-edit-form').getByTestId('api-error').textContent()).resolves.toContain('input.source');
    await page.getByTestId('source-note').fill('the company’s website, 2024-05-02');
    await page.getByTestId('entity-edit-save').click();
    await expect(page.getByTestId('edit-notice').textContent()).resolves.toBe('已保存。');
    await expect(page.locator('.aliases').textContent()).resolves.toBe('李董');

    await page.getByTestId('link-open').click();
    await page.getByTestId('link-type').selectOption('PARTICIPATES_IN');
    await page.getByTestId('link-other-input').fill('第二次联席会议');
    await page.locator('[data-testid="picker-hit"][data-entity-id^="event:"]').first().click();
    await page.getByTestId('property-add').selectOption('role');
    await page.getByTestId('property-value-role').selectOption({ label: '出席' });
    await page.getByTestId('source-note').fill('the meeting’s list of attendees');
    await page.getByTestId('link-save').click();
    await expect(page.getByTestId('edit-notice').textContent()).resolves.toBe('关系已保存。');
    const group = page.locator('[data-testid="relationship-group"][data-type="PARTICIPATES_IN"]');
    await group.waitFor();

    await group.getByTestId('unlink-open').click();
    await group.getByTestId('source-note').fill('added by mistake');
    await group.getByTestId('unlink-submit').click();
    await group.waitFor({ state: 'detached' });
  });

  it('an editor changes a property of the entity’s own type: a bad number is refused in the form, a good one is kept', async () => {
    const page = await open(`?focus=${GROUP}&sel=${GROUP}`);
    await signIn(page, KEYS.editor, 'EDITOR');
    await page.getByTestId('entity-edit-open').click();
    const own = page.getByTestId('entity-edit-own-properties');
    await expect(own.locator('legend').textContent()).resolves.toBe('企业的属性');
    await own.getByTestId('entity-edit-property-registeredEmployees').fill('一千二');
    await page.getByTestId('source-note').fill('the group’s annual report 2020');
    await page.getByTestId('entity-edit-save').click();
    await expect(page.getByTestId('entity-edit-invalid').textContent()).resolves.toBe('“注册员工数”须为整数，例如 2000。');
    await own.getByTestId('entity-edit-property-registeredEmployees').fill('1200');
    await own.getByTestId('entity-edit-property-businessType').fill('国有产业投资集团');
    await page.getByTestId('entity-edit-save').click();
    await expect(page.getByTestId('edit-notice').textContent()).resolves.toBe('已保存。');

    await page.reload();
    await page.getByTestId('details-name').waitFor();
    const facts = page.locator('dl.facts');
    await facts.locator('dt', { hasText: '注册员工数' }).waitFor();
    await expect(facts.locator('dt:has-text("注册员工数") + dd').textContent()).resolves.toBe('1200');
    await expect(facts.locator('dt:has-text("业务类型") + dd').textContent()).resolves.toBe('国有产业投资集团');
    // The form opens with the stored values.
    await page.getByTestId('entity-edit-open').click();
    await expect(page.getByTestId('entity-edit-property-registeredEmployees').inputValue()).resolves.toBe('1200');
  });

  it('in English, the Sources view shows no Chinese outside names, quotes and the document’s own words', async () => {
    const page = await open(`?view=sources&doc=${sourceId}&lang=en`);
    await signIn(page, KEYS.editor, 'EDITOR');
    await page.getByTestId('fact-candidate').first().waitFor();
    const own = '.source-item, .source-header h2, .source-header dd, .paragraph-text, .candidate-end, q, option, .entity-picker, code';
    const text = (await page.evaluate(`(() => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest(${JSON.stringify(`script, style, .lang-toggle, ${own}`)})) continue;
        out.push(node.textContent);
      }
      return out.join('\\n');
    })()`)) as string;
    expect(text).toContain('Process again');
    expect(text).toContain('rejected');
    expect(text.replace(/“[^”]*”/g, '').match(/.{0,20}[\u3400-\u9fff]+.{0,20}/g) ?? []).toEqual([]);
    for (const raw of ['PENDING', 'ACCEPTED', 'REJECTED', 'RELATIONSHIP', 'HOLDS_POSITION', 'POSITION_TITLE', 'LOCATED_CUE', 'EDITOR']) expect(text).not.toContain(raw);
  });

  it('a reader sees the documents but no editing controls', async () => {
    const page = await open(`?view=sources&doc=${sourceId}`);
    await signIn(page, KEYS.reader, 'READER');
    await expect(page.getByTestId('signed-in').textContent()).resolves.toContain('只读');
    await page.getByTestId('fact-candidate').first().waitFor();
    await page.locator('[data-testid="mention"]').first().waitFor();
    for (const control of ['add-source-open', 'reprocess', 'select-all', 'accept-selected', 'candidate-select', 'candidate-accept', 'candidate-edit-open', 'candidate-reject-open']) {
      await expect(page.getByTestId(control).count(), control).resolves.toBe(0);
    }
    await page.goto(`${api.server.url}/?focus=${LI_YI}&sel=${LI_YI}`);
    await page.getByTestId('details-name').waitFor();
    await page.locator('[data-testid="signed-in"][data-role="READER"]').waitFor();
    for (const control of ['entity-editor', 'entity-edit-open', 'link-open', 'unlink-open']) {
      await expect(page.getByTestId(control).count(), control).resolves.toBe(0);
    }
  });
});
