import { expect, it } from 'vitest';
import { describeWithSeededApi } from '../support/api.js';

type Connection<T> = { totalCount: number; edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

describeWithSeededApi('entities over HTTP', (api) => {

  it('the platforms serving task 3, with the relationship and its citation on the edge', async () => {
    const body = await api.query<{ node: { number: number; title: string; platforms: Connection<{ id: string }> & { edges: { relationship: unknown }[] } } }>(`{
      node(id: "task:2020-03") {
        ... on Task {
          number title
          platforms { totalCount edges { node { id } relationship { type direction role citations { paragraph quote paragraphText source { id title } } } } }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const task = body.data!.node;
    expect(task).toMatchObject({ number: 3, title: '会展协同' });
    expect(task.platforms.totalCount).toBe(3);
    expect(task.platforms.edges.map((e) => e.node.id).sort()).toEqual([
      'platform:chongqing-international-expo-center',
      'platform:tianfu-international-conference-center',
      'platform:western-china-international-expo-city',
    ]);
    expect(task.platforms.edges[0]!.relationship).toEqual({
      type: 'SERVES',
      direction: 'INCOMING',
      role: '支撑',
      citations: [
        {
          paragraph: 45,
          quote: '以重庆国际博览中心、西部国际博览城、天府国际会议中心等平台为支撑',
          paragraphText: '以重庆国际博览中心、西部国际博览城、天府国际会议中心等平台为支撑,探索会展发展新模式,联合打造国际会展会议高地。',
          source: { id: 'liangjiang-tianfu-agreement', title: '重庆两江新区与四川天府新区签署战略合作协议 七方面携手合作 共同打造内陆开放门户' },
        },
      ],
    });
  });

  it('the tasks 成都科学城 serves, the same relationship seen from the other end', async () => {
    const body = await api.query<{ node: { tasks: Connection<{ number: number }> & { edges: { relationship: { direction: string } }[] } } }>(`{
      node(id: "platform:chengdu-science-city") { ... on Platform { tasks { totalCount edges { node { number } relationship { direction } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.node.tasks.edges).toEqual([{ node: { number: 2 }, relationship: { direction: 'OUTGOING' } }]);
  });

  it('who holds which position, with the title on the edge', async () => {
    const body = await api.query<{ node: { people: { edges: { node: { name: string }; relationship: { title: string } }[] } } }>(`{
      node(id: "enterprise:zhubajie") { ... on Enterprise { people { edges { node { name } relationship { title } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.node.people.edges).toEqual([{ node: { name: '朱明跃' }, relationship: { title: '董事长' } }]);
  });

  it('every node carries its citations and a __typename from its label', async () => {
    const body = await api.query<{ node: { __typename: string; nameEn: string; nameEnOfficial: boolean; citations: { paragraph: number }[] } }>(`{
      node(id: "new-area:tianfu") { __typename ... on Entity { nameEn nameEnOfficial citations { paragraph } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.node).toMatchObject({ __typename: 'NewArea', nameEn: 'Tianfu New Area', nameEnOfficial: true });
    expect(body.data!.node.citations.length).toBeGreaterThan(0);
  });

  it('an entity has its summary in both languages: the curated English one beside the Chinese', async () => {
    const body = await api.query<{ node: { summary: string; summaryEn: string } }>(`{
      node(id: "platform:chongqing-international-expo-center") { ... on Entity { summary summaryEn } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.node.summary).toContain('会展');
    expect(body.data!.node.summaryEn).toMatch(/^One of the platforms supporting the two areas in holding exhibitions together/);
  });

  it('node: an unknown id is NOT_FOUND', async () => {
    const body = await api.query('{ node(id: "platform:nowhere") { id } }');
    expect(body.errors?.[0]).toMatchObject({ message: 'no entity with id "platform:nowhere"', extensions: { code: 'NOT_FOUND' } });
  });

  it('nodes: answers in the order asked, null and NOT_FOUND for a missing id', async () => {
    const body = await api.query<{ nodes: ({ id: string } | null)[] }>(
      '{ nodes(ids: ["task:2020-10", "platform:nowhere", "new-area:liangjiang"]) { id } }',
    );
    expect(body.data!.nodes).toEqual([{ id: 'task:2020-10' }, null, { id: 'new-area:liangjiang' }]);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['nodes', 1], extensions: { code: 'NOT_FOUND' } });
  });

  it('tasks: all ten in a stable order, paged with cursors', async () => {
    const first = await api.query<{ tasks: Connection<{ number: number }> }>(
      '{ tasks(first: 4, orderBy: ID_ASC) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { number } } } }',
    );
    expect(first.data!.tasks.totalCount).toBe(10);
    expect(first.data!.tasks.edges.map((e) => e.node.number)).toEqual([1, 2, 3, 4]);
    expect(first.data!.tasks.pageInfo.hasNextPage).toBe(true);

    const rest = await api.query<{ tasks: Connection<{ number: number }> }>(
      'query($after: String) { tasks(first: 10, after: $after, orderBy: ID_ASC) { pageInfo { hasNextPage } edges { node { number } } } }',
      { after: first.data!.tasks.pageInfo.endCursor },
    );
    expect(rest.data!.tasks.edges.map((e) => e.node.number)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(rest.data!.tasks.pageInfo.hasNextPage).toBe(false);
  });

  it('platforms: filtered by kind', async () => {
    const body = await api.query<{ platforms: Connection<{ id: string }> }>(
      '{ platforms(where: { kind: [EXPO_CENTER, CONFERENCE_CENTER] }) { totalCount edges { node { id } } } }',
    );
    expect(body.data!.platforms.edges.map((e) => e.node.id).sort()).toEqual([
      'platform:chongqing-international-expo-center',
      'platform:tianfu-international-conference-center',
      'platform:western-china-international-expo-city',
    ]);
  });

  it('platforms: filtered by the task they are linked to and by name', async () => {
    const byTask = await api.query<{ platforms: Connection<{ id: string }> }>(
      '{ platforms(where: { task: "task:2020-02", nameContains: "成都" }) { edges { node { id } } } }',
    );
    expect(byTask.data!.platforms.edges.map((e) => e.node.id)).toEqual(['platform:chengdu-science-city']);
  });

  it('platforms: filtered by the new area they lie in', async () => {
    const body = await api.query<{ platforms: Connection<{ name: string }> }>(
      '{ platforms(where: { area: "new-area:tianfu" }, orderBy: NAME_ASC) { edges { node { name } } } }',
    );
    const names = body.data!.platforms.edges.map((e) => e.node.name);
    expect(names).toContain('天府新区西部国际博览城');
    expect(names).toContain('天府国际会议中心');
    expect(names).not.toContain('重庆国际博览中心');
  });

  it('enterprises: filtered by industry, and the same answer from the industry', async () => {
    const body = await api.query<{ enterprises: Connection<{ id: string }>; node: { enterprises: Connection<{ id: string }> } }>(`{
      enterprises(where: { industry: "industry:digital-economy" }) { edges { node { id } } }
      node(id: "industry:digital-economy") { ... on Industry { enterprises { edges { node { id } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const expected = ['enterprise:cloudwalk', 'enterprise:zhubajie'];
    expect(body.data!.enterprises.edges.map((e) => e.node.id).sort()).toEqual(expected);
    expect(body.data!.node.enterprises.edges.map((e) => e.node.id).sort()).toEqual(expected);
  });

  it('rejects a page size over the maximum with QUERY_TOO_COMPLEX naming the argument and the limit', async () => {
    const body = await api.query('{ tasks(first: 101) { totalCount } }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'first must be between 0 and 100, got 101',
      extensions: { code: 'QUERY_TOO_COMPLEX', argument: 'first', limit: 'maxPageSize', maximum: 100 },
    });
  });

  it.each([
    ['a negative page size', '{ tasks(first: -1) { totalCount } }', 'first'],
    ['a cursor this API did not issue', '{ tasks(after: "bm9wZQ") { totalCount } }', 'after'],
    ['an empty name filter', '{ platforms(where: { nameContains: "  " }) { totalCount } }', 'where.nameContains'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
    const body = await api.query(query);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('relationships: every relationship of an entity, filtered by type and direction', async () => {
    const body = await api.query<{ node: { relationships: Connection<{ id: string }> } }>(`{
      node(id: "person:zhu-mingyue") { ... on Entity { relationships(types: [HOLDS_POSITION], direction: OUTGOING) { totalCount edges { node { id } } } } }
    }`);
    expect(body.data!.node.relationships.edges.map((e) => e.node.id)).toEqual(['enterprise:zhubajie']);
  });
});
