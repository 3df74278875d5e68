import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { parseSearchArgs, type SearchHitRow, searchEntities } from '../../src/data/search.js';
import { foldText, isHan } from '../../src/data/name-matcher/fold.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { curatedDataset } from '../support/curated.js';
import { TEST_DATABASE, TEST_TX_TIMEOUT_MS } from '../support/neo4j.js';
import { SEARCH_QUERIES } from '../support/search-queries.js';

/**
 * The query set (test/support/search-queries.ts) through Query.search over the seeded curated
 * graph: how often the entity meant comes first and among the first three. Prints the figures.
 */
describe('search finds names the way people write them', () => {
  let api: SeededApi;
  let ctx: Context;

  beforeAll(async () => {
    api = await startSeededApi();
    ctx = createContext({ driver: api.driver, database: TEST_DATABASE, transactionTimeoutMs: TEST_TX_TIMEOUT_MS });
  });

  afterAll(async () => {
    await api?.stop();
  });

  const search = (text: string, first = 10): Promise<SearchHitRow[]> =>
    searchEntities(ctx, parseSearchArgs({ text, first }), { fullEntities: false });

  it(`ranks the entity meant first for at least 95 % of ${SEARCH_QUERIES.length} queries, and among the first three for all`, async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
    const misses: string[] = [];
    let top1 = 0;
    let top3 = 0;
    const byKind = new Map<string, { n: number; top1: number }>();
    for (const q of SEARCH_QUERIES) {
      const hits = await search(q.text);
      const rank = hits.findIndex((h) => h.entity.id === q.expected);
      const kind = byKind.get(q.kind) ?? { n: 0, top1: 0 };
      kind.n++;
      if (rank === 0) {
        top1++;
        kind.top1++;
      } else {
        misses.push(`${q.text} → #${rank + 1 || '-'} (${hits.slice(0, 3).map((h) => `${h.entity.id} ${h.matchedOn} ${h.score}`).join(', ')})`);
      }
      if (rank >= 0 && rank < 3) top3++;
      byKind.set(q.kind, kind);
    }
    const pct = (x: number) => `${((100 * x) / SEARCH_QUERIES.length).toFixed(1)} %`;
    console.log(
      [
        `search query set: ${SEARCH_QUERIES.length} queries, top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)})`,
        ...[...byKind].map(([kind, s]) => `  ${kind}: ${s.top1}/${s.n} first`),
        ...misses.map((m) => `  not first: ${m}`),
      ].join('\n'),
    );
    expect(top1 / SEARCH_QUERIES.length).toBeGreaterThanOrEqual(0.95);
    expect(top3).toBe(SEARCH_QUERIES.length);
  });

  it('says how each hit matched, and marks the characters', async () => {
    const cases: [string, string, string, string, [number, number][]][] = [
      ['重庆博览中心', 'platform:chongqing-international-expo-center', 'ABBREVIATION', '重庆国际博览中心', [[0, 2], [4, 8]]],
      ['mankekongjian', 'enterprise:mankespace', 'PINYIN', '漫客空间', [[0, 4]]],
      ['zbj', 'enterprise:zhubajie', 'ALIAS', 'ZBJ', [[0, 3]]],
      ['ljxq', 'new-area:liangjiang', 'INITIALS', '两江新区', [[0, 4]]],
      ['兩江新區', 'new-area:liangjiang', 'NAME', '两江新区', [[0, 4]]],
      ['重庆两江新区', 'new-area:liangjiang', 'ALIAS', '重庆两江新区', [[0, 6]]],
      ['猪八戒网络', 'enterprise:zhubajie', 'VARIANT', '猪八戒网', [[0, 4]]],
      ['Tianfou New Area', 'new-area:tianfu', 'FUZZY', 'Tianfu New Area', [[0, 6], [7, 10], [11, 15]]],
      ['西部(成都)科学城', 'platform:chengdu-science-city', 'VARIANT', '成都科学城', [[0, 5]]],
      ['重庆博览会中心', 'platform:chongqing-international-expo-center', 'PARTIAL', '重庆国际博览中心', [[0, 2], [4, 8]]],
    ];
    for (const [text, id, matchedOn, matchedText, ranges] of cases) {
      const [hit] = await search(text, 1);
      expect([text, hit?.entity.id, hit?.matchedOn, hit?.matchedText, hit?.matchedRanges]).toEqual([text, id, matchedOn, matchedText, ranges]);
    }
  });

  it('never leaves a text of two or more characters sharing two characters in order with a name without an answer', async () => {
    // From every Chinese name: two of its characters in order, apart, with characters no name
    // holds around them (龘, 靐), so nothing but the two can match.
    const names = curatedDataset().nodes.map((n) => n.entry.name);
    const queries = new Set<string>();
    for (const name of names) {
      const chars = foldText(name).chars.filter(isHan);
      if (chars.length < 2) continue;
      queries.add(`${chars[0]}龘${chars.at(-1)}`);
      queries.add(`靐${chars[Math.floor(chars.length / 2) - 1] ?? chars[0]}龘龘${chars.at(-1)}靐`);
    }
    const empty: string[] = [];
    for (const text of queries) if ((await search(text)).length === 0) empty.push(text);
    console.log(`never empty: ${queries.size} texts sharing two characters in order with a name, ${empty.length} empty`);
    expect(empty).toEqual([]);
  });
});
