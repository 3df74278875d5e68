import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type SeededApi, startSeededApi } from '../support/api.js';

/** The analyst queries over HTTP against the seeded curated graph, with exact answers. */
describe('analyst queries over HTTP', () => {
  let api: SeededApi;

  beforeAll(async () => {
    api = await startSeededApi();
  });

  afterAll(async () => {
    await api?.stop();
  });

  /**
   * Runs a query that must succeed in `roundTrips` Cypher round trips: one per analyst query,
   * plus one batched source lookup when citations select `source { … }`.
   */
  async function ask<T>(query: string, variables?: Record<string, unknown>, roundTrips = 1): Promise<T> {
    const body = await api.query<T>(query, variables);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(roundTrips);
    return body.data!;
  }

  function refusal(body: GraphQLResponse): { code: unknown; argument?: unknown; id?: unknown; message: string } {
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    const { code, argument, id } = error!.extensions ?? {};
    return { code, message: error!.message, ...(argument !== undefined ? { argument } : {}), ...(id !== undefined ? { id } : {}) };
  }

  const P = 'liangjiang-tianfu-agreement';
  const citation = (paragraph: number, quote: string) => ({ source: { id: P }, paragraph, quote });

  describe('taskCoverage', () => {
    type Coverage = {
      task: { number: number; title: string };
      sides: { newArea: { id: string }; platforms: { id: string; name: string }[] }[];
      gaps: { id: string }[];
      platformsWithoutSide: { name: string }[];
    };
    const QUERY = `{ taskCoverage {
      task { number title }
      sides { newArea { id } platforms { id name } }
      gaps { id }
      platformsWithoutSide { name }
    } }`;

    it('task 3 (会展协同): 重庆国际博览中心 on the 两江 side, 天府新区西部国际博览城 and 天府国际会议中心 on the 天府 side', async () => {
      const { taskCoverage } = await ask<{ taskCoverage: Coverage[] }>(QUERY);
      expect(taskCoverage.find((c) => c.task.number === 3)).toEqual({
        task: { number: 3, title: '会展协同' },
        sides: [
          {
            newArea: { id: 'new-area:liangjiang' },
            platforms: [{ id: 'platform:chongqing-international-expo-center', name: '重庆国际博览中心' }],
          },
          {
            newArea: { id: 'new-area:tianfu' },
            platforms: [
              { id: 'platform:tianfu-international-conference-center', name: '天府国际会议中心' },
              { id: 'platform:western-china-international-expo-city', name: '天府新区西部国际博览城' },
            ],
          },
        ],
        gaps: [],
        platformsWithoutSide: [],
      });
    });

    it('the whole table: every task, its platforms per side, its gaps and its platforms on no side', async () => {
      const { taskCoverage } = await ask<{ taskCoverage: Coverage[] }>(QUERY);
      const table = taskCoverage.map((c) => [
        `${c.task.number} ${c.task.title}`,
        c.sides.map((s) => `${s.newArea.id.replace('new-area:', '')}: ${s.platforms.map((p) => p.name).join('、')}`),
        c.gaps.map((g) => g.id.replace('new-area:', '')),
        c.platformsWithoutSide.map((p) => p.name),
      ]);
      const bothGaps = (task: string) => [task, ['liangjiang: ', 'tianfu: '], ['liangjiang', 'tianfu'], []];
      expect(table).toEqual([
        bothGaps('1 规划协同'),
        // 成都科学城 is LOCATED_IN 成都, a home region of 天府新区 (天府新区成都党工委 AFFILIATED_WITH 成都).
        ['2 创新协同', ['liangjiang: 两江协同创新区', 'tianfu: 成都科学城'], [], []],
        ['3 会展协同', ['liangjiang: 重庆国际博览中心', 'tianfu: 天府国际会议中心、天府新区西部国际博览城'], [], []],
        [
          '4 开放协同',
          // 天府总部商务区 by its name; 保税港 and 保税物流中心(B型) by the paired list of P47 (data/graph/sides.yaml).
          ['liangjiang: 保税港、两江新区国际合作产业园、自贸区', 'tianfu: 保税物流中心(B型)、天府总部商务区、自贸区'],
          [],
          [],
        ],
        bothGaps('5 产业协同'),
        bothGaps('6 改革协同'),
        bothGaps('7 城市协同'),
        bothGaps('8 人才协同'),
        bothGaps('9 战略协同'),
        bothGaps('10 工作协同'),
      ]);
    });
  });

  describe('paths', () => {
    type Step = {
      from: { id: string };
      to: { id: string };
      type: string;
      direction: string;
      detail: string | null;
      sentence: string;
      citations: { source: { id: string }; paragraph: number; quote: string }[];
    };
    type Path = { length: number; sentence: string; truncated: boolean; steps: Step[] };
    // One shortest path where more are asked for: the group of the next length is a second statement.
    const WIDENED = 2;

    it('how 猪八戒网 is connected to 天府新区商会: the shortest path, then the ones through people first', async () => {
      const { paths } = await ask<{ paths: Path[] }>(
        `query ($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to) { length sentence truncated steps { type } } }`,
        { from: 'enterprise:zhubajie', to: 'organization:tianfu-chamber-of-commerce' },
        WIDENED,
      );
      // No entity of the curated graph comes near the bound on hubs of the next length's search.
      expect(paths.map((p) => p.truncated)).toEqual([false, false, false, false, false]);
      expect(paths.map((p) => [p.length, p.sentence])).toEqual([
        [2, '猪八戒网 —EXPANDS_TO(PLANNED)→ 天府新区 ←AFFILIATED_WITH— 天府新区商会'],
        [3, '猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒 —HOLDS_POSITION(会长)→ 天府新区商会'],
        [3, '猪八戒网 ←WELCOMES— 刘任远 —INTRODUCES→ 王麒 —HOLDS_POSITION(会长)→ 天府新区商会'],
        [3, '猪八戒网 —RUNS(LEAD)→ 成渝地区双城经济圈20城数字经济产业服务中心计划 —INVOLVES(计划范围)→ 成渝地区双城经济圈 ←CONTRIBUTES_TO— 天府新区商会'],
        [3, '猪八戒网 —EXPANDS_TO(ANNOUNCED)→ 重庆 —PART_OF→ 成渝地区双城经济圈 ←CONTRIBUTES_TO— 天府新区商会'],
      ]);
    });

    it('each step of the path through 朱明跃 and 王麒 with its direction and citations', async () => {
      const { paths } = await ask<{ paths: Path[] }>(`{
        paths(fromId: "enterprise:zhubajie", toId: "organization:tianfu-chamber-of-commerce", first: 2) {
          length sentence
          steps { from { id } to { id } type direction detail sentence citations { source { id } paragraph quote } }
        }
      }`, undefined, WIDENED + 1);
      expect(paths[1]).toEqual({
        length: 3,
        sentence: '猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒 —HOLDS_POSITION(会长)→ 天府新区商会',
        steps: [
          {
            from: { id: 'enterprise:zhubajie' },
            to: { id: 'person:zhu-mingyue' },
            type: 'HOLDS_POSITION',
            direction: 'BACKWARD',
            detail: '董事长',
            sentence: '猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃',
            citations: [citation(73, '猪八戒网董事长、“二师兄”朱明跃')],
          },
          {
            from: { id: 'person:zhu-mingyue' },
            to: { id: 'person:wang-qi' },
            type: 'INTRODUCED_TO',
            direction: 'BACKWARD',
            detail: null,
            sentence: '朱明跃 ←INTRODUCED_TO— 王麒',
            citations: [
              citation(74, '并把天府新区商会会长王麒叫到跟前,对朱明跃说:“你是‘二师兄’,她是‘七仙女’,你们一定要多多交流。”'),
            ],
          },
          {
            from: { id: 'person:wang-qi' },
            to: { id: 'organization:tianfu-chamber-of-commerce' },
            type: 'HOLDS_POSITION',
            direction: 'FORWARD',
            detail: '会长',
            sentence: '王麒 —HOLDS_POSITION(会长)→ 天府新区商会',
            citations: [citation(27, '天府新区商会会长王麒'), citation(74, '天府新区商会会长王麒')],
          },
        ],
      });
    });

    it('the relationship behind a step, seen from the entity the step leaves', async () => {
      const { paths } = await ask<{ paths: { steps: { relationship: Record<string, unknown> }[] }[] }>(`{
        paths(fromId: "enterprise:zhubajie", toId: "organization:tianfu-chamber-of-commerce", first: 1) {
          steps { relationship { type direction stage scope basis } }
        }
      }`);
      expect(paths[0]!.steps.map((s) => s.relationship)).toEqual([
        { type: 'EXPANDS_TO', direction: 'OUTGOING', stage: 'PLANNED', scope: '在天府新区的布局规划', basis: null },
        { type: 'AFFILIATED_WITH', direction: 'INCOMING', stage: null, scope: null, basis: 'NAME' },
      ]);
    });

    it('the same connection read the other way round', async () => {
      const { paths } = await ask<{ paths: Path[] }>(`{
        paths(fromId: "organization:tianfu-chamber-of-commerce", toId: "enterprise:zhubajie", first: 2) { sentence }
      }`, undefined, WIDENED);
      expect(paths.map((p) => p.sentence)).toEqual([
        '天府新区商会 —AFFILIATED_WITH→ 天府新区 ←EXPANDS_TO(PLANNED)— 猪八戒网',
        '天府新区商会 ←HOLDS_POSITION(会长)— 王麒 —INTRODUCED_TO→ 朱明跃 —HOLDS_POSITION(董事长)→ 猪八戒网',
      ]);
    });

    it('around the new areas: the shortest group of the paths that keep out of them, four of length 3', async () => {
      const { paths } = await ask<{ paths: Path[] }>(
        `{ paths(fromId: "enterprise:zhubajie", toId: "organization:tianfu-chamber-of-commerce", first: 4, excludeTypes: [NEW_AREA]) { length sentence truncated } }`,
      );
      expect(paths.map((p) => [p.length, p.sentence, p.truncated])).toEqual([
        [3, '猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒 —HOLDS_POSITION(会长)→ 天府新区商会', false],
        [3, '猪八戒网 ←WELCOMES— 刘任远 —INTRODUCES→ 王麒 —HOLDS_POSITION(会长)→ 天府新区商会', false],
        [3, '猪八戒网 —RUNS(LEAD)→ 成渝地区双城经济圈20城数字经济产业服务中心计划 —INVOLVES(计划范围)→ 成渝地区双城经济圈 ←CONTRIBUTES_TO— 天府新区商会', false],
        [3, '猪八戒网 —EXPANDS_TO(ANNOUNCED)→ 重庆 —PART_OF→ 成渝地区双城经济圈 ←CONTRIBUTES_TO— 天府新区商会', false],
      ]);
    });

    it('no path when none is short enough, and none into the article’s own corner of the graph', async () => {
      expect(
        await ask(`{ paths(fromId: "enterprise:zhubajie", toId: "organization:tianfu-chamber-of-commerce", maxLength: 1) { length } }`),
      ).toEqual({ paths: [] });
      expect(await ask(`{ paths(fromId: "enterprise:zhubajie", toId: "person:li-mengni", maxLength: 6) { length } }`)).toEqual({
        paths: [],
      });
    });

    it('refuses unknown ids and bad arguments', async () => {
      expect(refusal(await api.query(`{ paths(fromId: "enterprise:nope", toId: "enterprise:zhubajie") { length } }`))).toEqual({
        code: 'NOT_FOUND',
        id: 'enterprise:nope',
        message: 'no entity with id "enterprise:nope"',
      });
      expect(refusal(await api.query(`{ paths(fromId: "enterprise:zhubajie", toId: "enterprise:nope") { length } }`))).toMatchObject({
        code: 'NOT_FOUND',
        id: 'enterprise:nope',
      });
      expect(refusal(await api.query(`{ paths(fromId: "enterprise:zhubajie", toId: "enterprise:zhubajie") { length } }`))).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'toId',
        message: 'toId must differ from fromId',
      });
      expect(refusal(await api.query(`{ paths(fromId: "a", toId: "b", maxLength: 7) { length } }`))).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        argument: 'maxLength',
      });
      expect(refusal(await api.query(`{ paths(fromId: "a", toId: "b", first: 0) { length } }`))).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    });
  });

  describe('neighborhood', () => {
    type Subgraph = {
      truncated: boolean;
      nodes: { __typename: string; id: string }[];
      edges: { id: string; type: string; source: string; target: string; detail: string | null; citations: { paragraph: number }[] }[];
    };

    it('reads of a neighbourhood carry what the query selects: names and ids alone, or every property', async () => {
      type Full = { nodes: { id: string; name: string; summary: string | null; citations: unknown[] }[]; edges: { id: string; detail: string | null; relationship: { citations: unknown[] } }[] };
      const brief = await ask<{ neighborhood: { nodes: { id: string; name: string }[]; edges: { id: string }[] } }>(`{
        neighborhood(id: "new-area:tianfu", depth: 2, limit: 60) { nodes { id name } edges { id } }
      }`);
      const full = await ask<{ neighborhood: Full }>(`{
        neighborhood(id: "new-area:tianfu", depth: 2, limit: 60) {
          nodes { id name ... on Entity { summary citations { paragraph } } }
          edges { id detail relationship { citations { paragraph } } }
        }
      }`);
      expect(full.neighborhood.nodes.map(({ id, name }) => ({ id, name }))).toEqual(brief.neighborhood.nodes);
      expect(full.neighborhood.edges.map(({ id }) => ({ id }))).toEqual(brief.neighborhood.edges);
      expect(full.neighborhood.nodes.every((n) => n.citations.length > 0)).toBe(true);
      expect(full.neighborhood.nodes.some((n) => n.summary !== null)).toBe(true);
      expect(full.neighborhood.edges.every((e) => e.relationship.citations.length > 0)).toBe(true);
      expect(full.neighborhood.edges.some((e) => e.detail !== null)).toBe(true);
    });

    it('王麒 and everything one relationship away, with the relationships between them', async () => {
      const { neighborhood } = await ask<{ neighborhood: Subgraph }>(`{
        neighborhood(id: "person:wang-qi") { truncated nodes { __typename id } edges { id type source target detail citations { paragraph } } }
      }`);
      expect(neighborhood).toEqual({
        truncated: false,
        nodes: [
          { __typename: 'Person', id: 'person:wang-qi' },
          { __typename: 'Event', id: 'event:tianfu-delegation-visit' },
          { __typename: 'Organization', id: 'organization:tianfu-chamber-of-commerce' },
          { __typename: 'Person', id: 'person:liu-renyuan' },
          { __typename: 'Person', id: 'person:zhu-mingyue' },
        ],
        edges: [
          {
            id: 'person:liu-renyuan-INTRODUCES->person:wang-qi',
            type: 'INTRODUCES',
            source: 'person:liu-renyuan',
            target: 'person:wang-qi',
            detail: null,
            citations: [{ paragraph: 74 }],
          },
          {
            id: 'person:liu-renyuan-PARTICIPATES_IN->event:tianfu-delegation-visit',
            type: 'PARTICIPATES_IN',
            source: 'person:liu-renyuan',
            target: 'event:tianfu-delegation-visit',
            detail: 'LEADER',
            citations: [{ paragraph: 70 }],
          },
          {
            id: 'person:wang-qi-HOLDS_POSITION->organization:tianfu-chamber-of-commerce',
            type: 'HOLDS_POSITION',
            source: 'person:wang-qi',
            target: 'organization:tianfu-chamber-of-commerce',
            detail: '会长',
            citations: [{ paragraph: 27 }, { paragraph: 74 }],
          },
          {
            id: 'person:wang-qi-INTRODUCED_TO->person:zhu-mingyue',
            type: 'INTRODUCED_TO',
            source: 'person:wang-qi',
            target: 'person:zhu-mingyue',
            detail: null,
            citations: [{ paragraph: 74 }],
          },
          {
            id: 'person:wang-qi-PARTICIPATES_IN->event:tianfu-delegation-visit',
            type: 'PARTICIPATES_IN',
            source: 'person:wang-qi',
            target: 'event:tianfu-delegation-visit',
            detail: 'ATTENDEE',
            citations: [{ paragraph: 74 }, { paragraph: 75 }],
          },
          {
            id: 'person:zhu-mingyue-PARTICIPATES_IN->event:tianfu-delegation-visit',
            type: 'PARTICIPATES_IN',
            source: 'person:zhu-mingyue',
            target: 'event:tianfu-delegation-visit',
            detail: 'PRESENTER',
            citations: [{ paragraph: 73 }],
          },
        ],
      });
    });

    it('follows only the given relationship types, up to the given depth', async () => {
      const { neighborhood } = await ask<{ neighborhood: Subgraph }>(`{
        neighborhood(id: "enterprise:zhubajie", depth: 3, relationshipTypes: [HOLDS_POSITION, INTRODUCED_TO]) { truncated nodes { id } edges { id } }
      }`);
      expect(neighborhood).toEqual({
        truncated: false,
        nodes: [
          { id: 'enterprise:zhubajie' },
          { id: 'person:zhu-mingyue' },
          { id: 'person:wang-qi' },
          { id: 'organization:tianfu-chamber-of-commerce' },
        ],
        edges: [
          { id: 'person:wang-qi-HOLDS_POSITION->organization:tianfu-chamber-of-commerce' },
          { id: 'person:wang-qi-INTRODUCED_TO->person:zhu-mingyue' },
          { id: 'person:zhu-mingyue-HOLDS_POSITION->enterprise:zhubajie' },
        ],
      });
    });

    it('cuts at limit, nearest and then by id, and says so', async () => {
      const { neighborhood } = await ask<{ neighborhood: Subgraph }>(`{
        neighborhood(id: "new-area:liangjiang", limit: 5) { truncated nodes { id } edges { id } }
      }`);
      expect(neighborhood).toEqual({
        truncated: true,
        nodes: [
          { id: 'new-area:liangjiang' },
          { id: 'agreement:liangjiang-tianfu-strategic-cooperation' },
          { id: 'enterprise:cloudwalk' },
          { id: 'enterprise:liangjiang-industry-group' },
          { id: 'enterprise:mankespace' },
        ],
        edges: [
          { id: 'enterprise:cloudwalk-LOCATED_IN->new-area:liangjiang' },
          { id: 'enterprise:liangjiang-industry-group-LOCATED_IN->new-area:liangjiang' },
          { id: 'enterprise:mankespace-CONTRIBUTES_TO->new-area:liangjiang' },
          { id: 'enterprise:mankespace-LOCATED_IN->new-area:liangjiang' },
          { id: 'new-area:liangjiang-PARTY_TO->agreement:liangjiang-tianfu-strategic-cooperation' },
        ],
      });
    });

    it('reaches all but the article’s own corner of the graph at depth 3 from 天府新区, entities only', async () => {
      const { neighborhood } = await ask<{ neighborhood: Subgraph }>(`{
        neighborhood(id: "new-area:tianfu", depth: 3, limit: 500) { truncated nodes { __typename id } edges { source target } }
      }`);
      expect(neighborhood.truncated).toBe(false);
      expect(neighborhood.nodes[0]).toEqual({ __typename: 'NewArea', id: 'new-area:tianfu' });
      // 163 entities less 6 more than three relationships away: the article, its publisher and
      // four journalists.
      expect(neighborhood.nodes).toHaveLength(157);
      expect(neighborhood.edges).toHaveLength(343);
      const ids = new Set(neighborhood.nodes.map((n) => n.id));
      expect(ids.size).toBe(157);
      for (const absent of ['article:liangjiang-tianfu-agreement', 'organization:chongqing-daily', 'person:li-mengni']) {
        expect(ids.has(absent)).toBe(false);
      }
      expect(neighborhood.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(neighborhood.nodes.some((n) => ['Source', 'Paragraph'].includes(n.__typename))).toBe(false);
    });

    it('refuses unknown ids and bad arguments', async () => {
      expect(refusal(await api.query(`{ neighborhood(id: "liangjiang-tianfu-agreement") { truncated } }`))).toEqual({
        code: 'NOT_FOUND',
        id: 'liangjiang-tianfu-agreement',
        message: 'no entity with id "liangjiang-tianfu-agreement"',
      });
      expect(refusal(await api.query(`{ neighborhood(id: "person:wang-qi", depth: 4) { truncated } }`))).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        argument: 'depth',
        message: 'depth must be between 1 and 3, got 4',
      });
      expect(refusal(await api.query(`{ neighborhood(id: "person:wang-qi", limit: 501) { truncated } }`))).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        argument: 'limit',
      });
    });
  });

  describe('partnerCandidates', () => {
    type Candidate = {
      score: number;
      entity: { id: string; name: string };
      reasons: { kind: string; weight: number; via: { id: string }; citations: { source: { id: string }; paragraph: number; quote: string }[] }[];
    };
    const FIELDS = `score entity { id name } reasons { kind weight via { id } citations { source { id } paragraph quote } }`;

    it('for 猪八戒网 on the 天府 side: the delegation (two linking people), 天府新区商会 (王麒, introduced to its chairman), then 刘任远’s two bodies', async () => {
      const { partnerCandidates } = await ask<{ partnerCandidates: Candidate[] }>(
        `{ partnerCandidates(enterpriseId: "enterprise:zhubajie", inArea: "new-area:tianfu", candidateTypes: [ENTERPRISE, ORGANIZATION, PLATFORM]) { ${FIELDS} } }`,
        undefined,
        2,
      );
      const welcomes = citation(74, '“两个新区是一家人,你们来天府新区,两江新区提供的支持,我们全都提供!”朱明跃谈到在天府新区的布局规划,刘任远表示了欢迎');
      const chairman = citation(73, '猪八戒网董事长、“二师兄”朱明跃');
      const liuRenyuan = citation(70, '天府新区成都党工委副书记、管委会主任刘任远');
      expect(partnerCandidates).toEqual([
        {
          score: 4,
          entity: { id: 'organization:tianfu-delegation', name: '天府新区党政代表团' },
          reasons: [
            {
              kind: 'LINKING_PERSON',
              weight: 2,
              via: { id: 'person:liu-renyuan' },
              citations: [welcomes, citation(70, '天府新区成都党工委副书记、管委会主任刘任远一行,来到两江新区深入考察'), citation(72, '刘任远对代表团成员说')],
            },
            {
              kind: 'LINKING_PERSON',
              weight: 2,
              via: { id: 'person:zhu-mingyue' },
              citations: [chairman, citation(73, '为天府新区党政代表团讲解公司差异化的商业模式和进一步的发展布局')],
            },
          ],
        },
        {
          score: 3,
          entity: { id: 'organization:tianfu-chamber-of-commerce', name: '天府新区商会' },
          reasons: [
            {
              kind: 'CONNECTED_PEOPLE',
              weight: 3,
              via: { id: 'person:wang-qi' },
              citations: [
                chairman,
                citation(74, '并把天府新区商会会长王麒叫到跟前,对朱明跃说:“你是‘二师兄’,她是‘七仙女’,你们一定要多多交流。”'),
                citation(27, '天府新区商会会长王麒'),
                citation(74, '天府新区商会会长王麒'),
              ],
            },
          ],
        },
        {
          score: 2,
          entity: { id: 'organization:tianfu-chengdu-management-committee', name: '天府新区成都管委会' },
          reasons: [{ kind: 'LINKING_PERSON', weight: 2, via: { id: 'person:liu-renyuan' }, citations: [welcomes, liuRenyuan] }],
        },
        {
          score: 2,
          entity: { id: 'organization:tianfu-chengdu-party-working-committee', name: '天府新区成都党工委' },
          reasons: [{ kind: 'LINKING_PERSON', weight: 2, via: { id: 'person:liu-renyuan' }, citations: [welcomes, liuRenyuan] }],
        },
      ]);
    });

    it('first cuts the ranked list', async () => {
      const { partnerCandidates } = await ask<{ partnerCandidates: Candidate[] }>(
        `{ partnerCandidates(enterpriseId: "enterprise:zhubajie", inArea: "new-area:tianfu", candidateTypes: [ENTERPRISE, ORGANIZATION, PLATFORM], first: 2) { entity { id } } }`,
      );
      expect(partnerCandidates.map((c) => c.entity.id)).toEqual(['organization:tianfu-delegation', 'organization:tianfu-chamber-of-commerce']);
    });

    it('for the 会展 industry on the 天府 side: the platforms of task 3 and of the area that names 会展', async () => {
      const { partnerCandidates } = await ask<{ partnerCandidates: Candidate[] }>(
        `{ partnerCandidates(industry: "industry:exhibitions", inArea: "new-area:tianfu", candidateTypes: [ENTERPRISE, ORGANIZATION, PLATFORM]) { score entity { id } reasons { kind via { id } } } }`,
      );
      const task3 = { kind: 'SHARED_TASK', via: { id: 'task:2020-03' } };
      const area = { kind: 'SHARED_COOPERATION_AREA', via: { id: 'cooperation-area:industrial-linkage' } };
      expect(partnerCandidates).toEqual([
        { score: 3, entity: { id: 'platform:tianfu-international-conference-center' }, reasons: [task3, area] },
        { score: 3, entity: { id: 'platform:western-china-international-expo-city' }, reasons: [task3, area] },
        { score: 1, entity: { id: 'platform:chengdu-science-city' }, reasons: [area] },
      ]);
    });

    it('for 云从科技 on its own side: 猪八戒网, in the same industry', async () => {
      const { partnerCandidates } = await ask<{ partnerCandidates: Candidate[] }>(
        `{ partnerCandidates(enterpriseId: "enterprise:cloudwalk", inArea: "new-area:liangjiang", candidateTypes: [ENTERPRISE, ORGANIZATION, PLATFORM]) { ${FIELDS} } }`,
        undefined,
        2,
      );
      expect(partnerCandidates).toEqual([
        {
          score: 3,
          entity: { id: 'enterprise:zhubajie', name: '猪八戒网' },
          reasons: [
            {
              kind: 'SHARED_INDUSTRY',
              weight: 3,
              via: { id: 'industry:digital-economy' },
              citations: [citation(26, '两江新区近年来已吸引云从科技、猪八戒等一批数字经济领先企业集聚')],
            },
          ],
        },
      ]);
    });

    it('refuses a missing or doubled subject, unknown ids and ids of the wrong type', async () => {
      const cases: [string, Record<string, unknown>][] = [
        [`inArea: "new-area:tianfu"`, { code: 'BAD_USER_INPUT', argument: 'enterpriseId', message: 'give enterpriseId or industry' }],
        [
          `enterpriseId: "enterprise:zhubajie", industry: "industry:finance", inArea: "new-area:tianfu"`,
          { code: 'BAD_USER_INPUT', argument: 'industry', message: 'give enterpriseId or industry, not both' },
        ],
        [`enterpriseId: "enterprise:nope", inArea: "new-area:tianfu"`, { code: 'NOT_FOUND', id: 'enterprise:nope', message: 'no entity with id "enterprise:nope"' }],
        [`enterpriseId: "enterprise:zhubajie", inArea: "new-area:nope"`, { code: 'NOT_FOUND', id: 'new-area:nope', message: 'no entity with id "new-area:nope"' }],
        [
          `enterpriseId: "platform:bonded-port", inArea: "new-area:tianfu"`,
          {
            code: 'BAD_USER_INPUT',
            argument: 'enterpriseId',
            message: 'enterpriseId must name an entity of type Enterprise, but "platform:bonded-port" is of type Platform',
          },
        ],
        [
          `industry: "enterprise:zhubajie", inArea: "new-area:tianfu"`,
          {
            code: 'BAD_USER_INPUT',
            argument: 'industry',
            message: 'industry must name an entity of type Industry, but "enterprise:zhubajie" is of type Enterprise',
          },
        ],
        [
          `enterpriseId: "enterprise:zhubajie", inArea: "region:sichuan"`,
          {
            code: 'BAD_USER_INPUT',
            argument: 'inArea',
            message: 'inArea must name an entity of type NewArea, but "region:sichuan" is of type Region',
          },
        ],
        [
          `enterpriseId: "enterprise:zhubajie", inArea: "new-area:tianfu", first: 51`,
          { code: 'QUERY_TOO_COMPLEX', argument: 'first', message: 'first must be between 1 and 50, got 51' },
        ],
      ];
      for (const [args, expected] of cases) {
        expect(refusal(await api.query(`{ partnerCandidates(${args}) { score } }`)), args).toEqual(expected);
      }
    });
  });

  it('user text stays a parameter: an id full of Cypher is just an unknown id', async () => {
    const count = async () => (await ask<{ graphStats: { nodeCount: number } }>('{ graphStats { nodeCount } }')).graphStats.nodeCount;
    const before = await count();
    const id = `x"}) MATCH (n) DETACH DELETE n //`;
    expect(refusal(await api.query(`query ($id: ID!) { neighborhood(id: $id) { truncated } }`, { id }))).toMatchObject({ code: 'NOT_FOUND', id });
    expect(await count()).toBe(before);
  });
});
