import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { MAX_TEXT_LENGTH, parseSearchArgs, type SearchArgs, type SearchHitRow, searchEntities } from '../../src/data/search.js';
import { CJK_STOP_WORDS, escapeLucene } from '../../src/data/search-text.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { TEST_DATABASE, TEST_TX_TIMEOUT_MS } from '../support/neo4j.js';

const EXPO_CITY = 'platform:western-china-international-expo-city';
const EXPO_CENTER = 'platform:chongqing-international-expo-center';

/** Query.search over the seeded curated graph: the index, the data layer, then HTTP. */
describe('search', () => {
  let api: SeededApi;
  let ctx: Context;

  beforeAll(async () => {
    api = await startSeededApi();
    ctx = createContext({ driver: api.driver, database: TEST_DATABASE, transactionTimeoutMs: TEST_TX_TIMEOUT_MS });
  });

  afterAll(async () => {
    await api?.stop();
  });

  async function cypher(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    const { records } = await api.driver.executeQuery(query, params, { database: TEST_DATABASE });
    return records.map((r) => r.toObject());
  }

  async function search(args: SearchArgs): Promise<SearchHitRow[]> {
    return searchEntities(ctx, parseSearchArgs({ first: 50, ...args }), { fullEntities: false });
  }

  async function ids(text: string, types?: string[]): Promise<string[]> {
    return (await search({ text, types })).map((hit) => hit.entity.id);
  }

  describe('the entity_search full-text index (Neo4j 5.26, cjk analyzer)', () => {
    it('indexes the aliases list: a word found only in an alias is found', async () => {
      // "Shixiong" is in an alias of 朱明跃 (Er Shixiong) and in no other indexed property of any entity.
      expect(
        await cypher(
          `MATCH (n:Entity) WHERE any(s IN [n.name, n.nameEn, n.summary] WHERE toLower(s) CONTAINS 'shixiong')
           RETURN n.id AS id`,
        ),
      ).toEqual([]);
      expect(
        await cypher("CALL db.index.fulltext.queryNodes('entity_search', 'aliases:shixiong') YIELD node RETURN node.id AS id"),
      ).toEqual([{ id: 'person:zhu-mingyue' }]);
      expect(
        await cypher("SHOW FULLTEXT INDEXES YIELD name, properties, options WHERE name = 'entity_search' RETURN properties, options.indexConfig.`fulltext.analyzer` AS analyzer"),
      ).toEqual([{ properties: ['name', 'nameEn', 'aliases', 'summary'], analyzer: 'cjk' }]);
    });

    it('drops exactly the stop words the planner leaves out', async () => {
      const [row] = await cypher(
        "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = 'cjk' RETURN stopwords",
      );
      expect([...(row!.stopwords as string[])].sort()).toEqual([...CJK_STOP_WORDS].sort());
    });

    it('matches an unquoted Chinese text by any of its bigrams, a quoted one as written', async () => {
      const count = async (q: string) =>
        (await cypher("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN count(node) AS n", { q }))[0]!.n;
      expect(await count('国际博览中心')).toBeGreaterThan(20); // 国际 or 中心 anywhere
      expect(await count('"国际博览中心"')).toBe(2); // the expo centre, and task 3 whose text names it
      expect(await count('港')).toBe(0); // a lone character is no bigram
    });

    it.each(['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', 'AND', 'OR', 'NOT', 'a AND', 'OR b', '") OR 1=1 //', '*:*', '[a TO z]', '/.*/', 'expo^100', 'x\\'])(
      'the Lucene parser takes escapeLucene(%j) without an error',
      async (text) => {
        await expect(
          cypher("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN count(node) AS n", { q: escapeLucene(text) }),
        ).resolves.toHaveLength(1);
      },
    );
  });

  describe('searchEntities', () => {
    it('博览 → the two expo platforms first, by name; then what mentions 博览 in its summary', async () => {
      const hits = await search({ text: '博览' });
      expect(hits.map((h) => [h.entity.id, h.matchedOn, h.matchedText])).toEqual([
        [EXPO_CITY, 'NAME', '天府新区西部国际博览城'],
        [EXPO_CENTER, 'NAME', '重庆国际博览中心'],
        ['task:2020-03', 'FULL_TEXT', null],
        ['platform:tianfu-international-conference-center', 'FULL_TEXT', null],
      ]);
      expect(hits[0]!.entity).toMatchObject({ name: '天府新区西部国际博览城', labels: ['Entity', 'Platform'] });
      expect(hits[0]!.entity).not.toHaveProperty('kind');
      const whole = await searchEntities(ctx, parseSearchArgs({ text: '博览' }), { fullEntities: true });
      expect(whole.map((h) => [h.entity.id, h.score])).toEqual(hits.map((h) => [h.entity.id, h.score]));
      expect(whole[0]!.entity).toMatchObject({ name: '天府新区西部国际博览城', labels: ['Entity', 'Platform'], kind: 'EXPO_CENTER' });
    });

    it('expo → both expo centres, by English name; then the aliases that hold it', async () => {
      const hits = await search({ text: 'expo' });
      expect(hits.map((h) => [h.entity.id, h.matchedOn, h.matchedText])).toEqual([
        [EXPO_CENTER, 'NAME_EN', 'Chongqing International Expo Center'],
        [EXPO_CITY, 'NAME_EN', 'Western China International Expo City'],
        ['industry:exhibitions', 'ALIAS', 'expo industry'],
        ['task:2020-03', 'ALIAS', 'expo coordination'],
      ]);
      expect(await ids('EXPO')).toEqual(hits.map((h) => h.entity.id));
      expect(await ids('Expo', ['PLATFORM'])).toEqual([EXPO_CENTER, EXPO_CITY]);
    });

    it('港 (one character, no bigram) → 保税港 and 果园港 through the CONTAINS fallback', async () => {
      const hits = await search({ text: '港' });
      expect(hits.map((h) => [h.entity.id, h.score, h.matchedOn, h.matchedText])).toEqual([
        ['platform:bonded-port', 2.1, 'NAME', '保税港'],
        ['platform:guoyuan-port', 2.1, 'NAME', '果园港'],
      ]);
    });

    it('finds partial Chinese and English names', async () => {
      expect(await ids('博')).toEqual([EXPO_CENTER, EXPO_CITY]); // the shorter name first
      expect((await ids('博览城'))[0]).toBe(EXPO_CITY);
      expect((await ids('xpo'))[0]).toBe(EXPO_CENTER); // inside a word: only CONTAINS sees it
      expect(await ids('Expo Centre')).toEqual([EXPO_CENTER]); // an alias spells it so
      expect(await ids('重庆 博览')).toEqual([EXPO_CENTER, 'task:2020-03']);
      expect(await ids('Belt and Road')).toEqual(['initiative:belt-and-road', 'platform:bri-sci-tech-cooperation-pilot-zone']);
    });

    it('finds entities by alias', async () => {
      expect((await search({ text: '二师兄' })).map((h) => [h.entity.id, h.score, h.matchedOn, h.matchedText])).toEqual([
        ['person:zhu-mingyue', 3.55, 'ALIAS', '二师兄'],
      ]);
      expect((await search({ text: 'Shixiong' })).map((h) => [h.entity.id, h.matchedOn, h.matchedText])).toEqual([
        ['person:zhu-mingyue', 'ALIAS', 'Er Shixiong'],
      ]);
      expect((await ids('ZBJ')).slice(0, 3)).toEqual([
        'enterprise:zhubajie',
        'platform:digital-economy-industry-service-centers',
        'project:zbj-20-cities-service-center-plan',
      ]);
      const pig = await search({ text: '猪八戒' });
      expect(pig.slice(0, 2).map((h) => [h.entity.id, h.matchedOn, h.matchedText])).toEqual([
        ['enterprise:zhubajie', 'ALIAS', '猪八戒'],
        ['project:zbj-20-cities-service-center-plan', 'ALIAS', '猪八戒网20城计划'],
      ]);
      // Several summaries name 猪八戒 (两江新区, 重庆, 四川, 数字经济 …): they follow, weaker than the names.
      expect(pig.length).toBeGreaterThan(2);
      for (const hit of pig.slice(2)) {
        expect(hit.matchedOn).toBe('FULL_TEXT');
        expect(hit.score).toBeLessThan(pig[1]!.score);
      }
    });

    it('filters by type', async () => {
      expect(await ids('博览', ['TASK'])).toEqual(['task:2020-03']);
      expect(await ids('博览', ['TASK', 'PLATFORM'])).toEqual([EXPO_CITY, EXPO_CENTER, 'task:2020-03', 'platform:tianfu-international-conference-center']);
      expect(await ids('港', ['TASK'])).toEqual([]);
      expect(await ids('ZBJ', ['ENTERPRISE', 'PROJECT'])).toEqual([
        'enterprise:zhubajie',
        'project:zbj-20-cities-service-center-plan',
        'project:mankespace-chengdu-hq', // 总部暨: z b j, the initials
      ]);
    });

    it('orders by score, then name, then id, and keeps the first', async () => {
      const all = await search({ text: '中心' });
      expect(all.length).toBeGreaterThan(5);
      for (let i = 1; i < all.length; i += 1) {
        const [a, b] = [all[i - 1]!, all[i]!];
        expect(a.score > b.score || (a.score === b.score && (a.entity.name < b.entity.name || (a.entity.name === b.entity.name && a.entity.id < b.entity.id)))).toBe(true);
      }
      expect((await search({ text: '中心', first: 3 })).map((h) => h.entity.id)).toEqual(all.slice(0, 3).map((h) => h.entity.id));
    });

    it('takes hostile text literally: no error, nothing injected', async () => {
      // Its only words are 1 and 1: the same answer as searching for "1 1".
      const injected = await ids('") OR 1=1 //');
      expect([...injected].sort()).toEqual([
        'platform:chongqing-north-station',
        'project:chengyu-circle-plan-outline',
        'project:liangjiang-tianfu-direct-expressway',
        'task:2020-01',
      ]);
      expect(injected).toEqual(await ids('1 1'));
      expect(await ids('*:*')).toEqual([]);
      expect(await ids('\\')).toEqual([]);
      expect(await ids('name:* OR summary:*')).toEqual(await ids('name summary'));
      expect(await ids("' RETURN 1 //")).toEqual(await ids('RETURN 1'));
    });

    it('survives every Lucene special character and operator word as text', async () => {
      for (const text of ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', 'AND', 'OR', 'NOT', 'AND OR NOT', '港 AND 口', '"博览', '博览"~2', 'expo~', 'expo*', 'exp?']) {
        await expect(search({ text }), text).resolves.toBeInstanceOf(Array);
      }
      expect(await ids('expo*')).toEqual(await ids('expo'));
    });

    it('takes the longest text allowed, many words or many characters', async () => {
      const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ').slice(0, MAX_TEXT_LENGTH);
      await expect(search({ text: words })).resolves.toEqual([]);
      await expect(search({ text: '港'.repeat(MAX_TEXT_LENGTH) })).resolves.toEqual([]);
    });

    it('costs one round trip', async () => {
      const before = ctx.roundTrips.count;
      await search({ text: '博览 expo' });
      expect(ctx.roundTrips.count - before).toBe(1);
      expect(ctx.roundTrips.names.at(-1)).toBe('searchCandidates');
    });
  });

  describe('Query.search over HTTP', () => {
    const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
      search(text: $text, types: $types, first: $first) {
        score matchedOn matchedText
        entity { __typename id name nameEn ... on Platform { kind } }
      }
    }`;
    type Hit = { score: number; matchedOn: string; matchedText: string | null; entity: { __typename: string; id: string; name: string; nameEn: string; kind?: string } };

    async function httpSearch(variables: Record<string, unknown>) {
      return api.query<{ search: Hit[] }>(SEARCH, variables);
    }

    it('博览 → the two expo platforms first; a field beyond the names costs one more round trip', async () => {
      const body = await httpSearch({ text: '博览' });
      expect(body.errors).toBeUndefined();
      expect(body.extensions?.neo4j?.roundTrips).toBe(2);
      const hits = body.data!.search;
      expect(hits.map((h) => h.entity.id)).toEqual([EXPO_CITY, EXPO_CENTER, 'task:2020-03', 'platform:tianfu-international-conference-center']);
      expect(hits.slice(0, 2)).toEqual([
        {
          score: expect.any(Number),
          matchedOn: 'NAME',
          matchedText: '天府新区西部国际博览城',
          entity: { __typename: 'Platform', id: EXPO_CITY, name: '天府新区西部国际博览城', nameEn: 'Western China International Expo City', kind: 'EXPO_CENTER' },
        },
        {
          score: expect.any(Number),
          matchedOn: 'NAME',
          matchedText: '重庆国际博览中心',
          entity: { __typename: 'Platform', id: EXPO_CENTER, name: '重庆国际博览中心', nameEn: 'Chongqing International Expo Center', kind: 'EXPO_CENTER' },
        },
      ]);
      expect(hits[2]!.entity.__typename).toBe('Task');
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    });

    it('hits selecting only names, aliases and type cost one round trip, and read whole the same fields as node(id)', async () => {
      const BRIEF = `query Brief($text: String!) {
        search(text: $text) { entity { __typename id name nameEn aliases } }
      }`;
      const brief = await api.query<{ search: { entity: Record<string, unknown> }[] }>(BRIEF, { text: '博览' });
      expect(brief.errors).toBeUndefined();
      expect(brief.extensions?.neo4j?.roundTrips).toBe(1);

      const FULL = `query Full($text: String!) {
        search(text: $text) { entity { __typename id name nameEn aliases summary citations { paragraph quote } } }
      }`;
      const full = await api.query<{ search: { entity: Record<string, unknown> }[] }>(FULL, { text: '博览' });
      expect(full.errors).toBeUndefined();
      expect(full.data!.search.map((h) => h.entity.id)).toEqual(brief.data!.search.map((h) => h.entity.id));
      const NODE = `query Node($id: ID!) {
        node(id: $id) { ... on Entity { __typename id name nameEn aliases summary citations { paragraph quote } } }
      }`;
      for (const hit of full.data!.search) {
        const node = await api.query<{ node: Record<string, unknown> }>(NODE, { id: hit.entity.id });
        expect(hit.entity).toEqual(node.data!.node);
      }
      expect(full.data!.search.some((h) => (h.entity.citations as unknown[]).length > 0)).toBe(true);
      expect(full.data!.search.some((h) => h.entity.summary !== null)).toBe(true);
    });

    it('expo → both expo centres', async () => {
      const body = await httpSearch({ text: 'expo', types: ['PLATFORM'] });
      expect(body.errors).toBeUndefined();
      expect(body.data!.search.map((h) => [h.entity.id, h.matchedOn, h.matchedText])).toEqual([
        [EXPO_CENTER, 'NAME_EN', 'Chongqing International Expo Center'],
        [EXPO_CITY, 'NAME_EN', 'Western China International Expo City'],
      ]);
      const all = await httpSearch({ text: 'expo' });
      expect(all.data!.search.map((h) => h.entity.id)).toEqual([EXPO_CENTER, EXPO_CITY, 'industry:exhibitions', 'task:2020-03']);
    });

    it('港 → 保税港 and 果园港', async () => {
      const body = await httpSearch({ text: '港' });
      expect(body.errors).toBeUndefined();
      expect(body.data!.search).toEqual([
        { score: 2.1, matchedOn: 'NAME', matchedText: '保税港', entity: { __typename: 'Platform', id: 'platform:bonded-port', name: '保税港', nameEn: 'Bonded Port', kind: 'BONDED_ZONE' } },
        { score: 2.1, matchedOn: 'NAME', matchedText: '果园港', entity: { __typename: 'Platform', id: 'platform:guoyuan-port', name: '果园港', nameEn: 'Guoyuan Port', kind: 'PORT' } },
      ]);
    });

    it('an alias, and a default of 10 hits', async () => {
      const alias = await httpSearch({ text: '二师兄' });
      expect(alias.data!.search.map((h) => [h.entity.__typename, h.entity.id, h.matchedOn])).toEqual([['Person', 'person:zhu-mingyue', 'ALIAS']]);
      const many = await httpSearch({ text: '中心' });
      expect(many.data!.search).toHaveLength(10);
      const one = await httpSearch({ text: '中心', first: 1 });
      expect(one.data!.search.map((h) => h.entity.id)).toEqual([many.data!.search[0]!.entity.id]);
    });

    it('Lucene-hostile text returns cleanly', async () => {
      for (const text of ['") OR 1=1 //', '*:*', '\\']) {
        const body = await httpSearch({ text });
        expect(body.errors, text).toBeUndefined();
        // Whatever it finds, it finds as text: every hit says how it matched.
        for (const hit of body.data!.search) expect(hit.matchedOn).toEqual(expect.any(String));
      }
      expect((await httpSearch({ text: '*:*' })).data!.search).toEqual([]);
    });

    it.each([
      [{ text: '' }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'text'],
      [{ text: 'expo', first: 0 }, 'first'],
    ])('bad arguments %j → BAD_USER_INPUT naming %s, no query sent', async (variables, argument) => {
      const body = await httpSearch(variables);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.extensions?.neo4j?.roundTrips).toBe(0);
    });

    it('first over the maximum → QUERY_TOO_COMPLEX naming first and the limit, no query sent', async () => {
      const body = await httpSearch({ text: 'expo', first: 51 });
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', argument: 'first', limit: 'maxResults', maximum: 50 });
      expect(body.extensions?.neo4j?.roundTrips).toBe(0);
    });

    it('an unknown type is refused by GraphQL validation', async () => {
      const body = await httpSearch({ text: 'expo', types: ['SPACESHIP'] });
      expect(body.data).toBeUndefined();
      expect(body.errors![0]!.message).toContain('SPACESHIP');
    });
  });
});
