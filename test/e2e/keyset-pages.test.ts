import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, NOTE, testAuth } from '../support/editing.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

/** Pages fetched before and after writes before them: a cursor names an item, so the next page does not shift. */
describe('keyset cursors under concurrent writes', () => {
  let api: SeededApi;

  beforeAll(async () => {
    // Neo4j plans the list statement on its first use, which on a busy machine can take longer than
    // the usual test timeout of 10 s; these tests are about answers, not time.
    api = await startSeededApi({ auth: testAuth(), transactionTimeoutMs: 60_000 });
  });

  afterAll(async () => {
    await api?.stop();
  });

  async function read<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await api.query<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function write(query: string, variables: Record<string, unknown>, key: string = KEYS.editor): Promise<void> {
    const response = await api.query(query, variables, bearer(key));
    expect(response.errors).toBeUndefined();
  }

  const PLATFORMS = 'query ($after: String, $orderBy: EntityOrder) { platforms(first: 4, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }';
  const CREATE = 'mutation ($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { id } } }';

  it.each(['NAME_ASC', 'NAME_DESC', 'NAME_EN_ASC', 'ID_ASC'])(
    'platforms %s: the second page stays the same after an insert and a delete on the first',
    async (orderBy) => {
      const first = (await read<{ platforms: Page }>(PLATFORMS, { orderBy })).platforms;
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = (await read<{ platforms: Page }>(PLATFORMS, { orderBy, after: first.pageInfo.endCursor })).platforms;
      expect(second.pageInfo.hasPreviousPage).toBe(true);
      expect(ids(second)).toHaveLength(4);
      expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);

      // A platform that sorts first in this order, and one of the first page gone.
      const early = orderBy === 'NAME_DESC' ? { name: '龟龟测试平台', nameEn: 'Zz Test Platform' } : { name: 'AA测试平台', nameEn: 'AA Test Platform' };
      const id = orderBy === 'ID_ASC' ? 'platform:0-test' : orderBy === 'NAME_DESC' ? 'platform:zz-test' : 'platform:aa-test';
      await write(CREATE, { input: { id, ...early, kind: 'INDUSTRIAL_PARK', source: NOTE } });
      await write('mutation ($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedId } }', { input: { id: ids(first)[1], source: NOTE } }, KEYS.admin);

      const firstNow = (await read<{ platforms: Page }>(PLATFORMS, { orderBy })).platforms;
      expect(ids(firstNow)[0]).toBe(id);
      expect(firstNow.totalCount).toBe(first.totalCount);
      const secondNow = (await read<{ platforms: Page }>(PLATFORMS, { orderBy, after: first.pageInfo.endCursor })).platforms;
      expect(ids(secondNow)).toEqual(ids(second));
      expect(secondNow.edges.map((edge) => edge.cursor)).toEqual(second.edges.map((edge) => edge.cursor));

      // The cursor does not name a position: the removed item's own cursor still works.
      const afterRemoved = (await read<{ platforms: Page }>(PLATFORMS, { orderBy, after: first.edges[1]!.cursor })).platforms;
      expect(ids(afterRemoved)).toEqual([...ids(first).slice(2), ...ids(second)].slice(0, 4));

      await write('mutation ($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedId } }', { input: { id, source: NOTE } }, KEYS.admin);
    },
  );

  it('a relationship page stays the same after a link before it', async () => {
    const TASK_PLATFORMS = 'query ($after: String) { node(id: "task:2020-03") { ... on Task { platforms(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } }';
    type Answer = { node: { platforms: Page } };
    const first = (await read<Answer>(TASK_PLATFORMS)).node.platforms;
    const second = (await read<Answer>(TASK_PLATFORMS, { after: first.pageInfo.endCursor })).node.platforms;
    expect(ids(second)).toHaveLength(1);
    await write(CREATE, { input: { id: 'platform:aa-linked', name: 'AA连接测试平台', nameEn: 'AA Linked Test Platform', kind: 'EXPO_CENTER', source: NOTE } });
    await write('mutation ($input: LinkInput!) { link(input: $input) { created } }', {
      input: { from: 'platform:aa-linked', type: 'SERVES', to: 'task:2020-03', properties: { role: '测试' }, source: NOTE },
    });
    const firstNow = (await read<Answer>(TASK_PLATFORMS)).node.platforms;
    expect(ids(firstNow)).toEqual(['platform:aa-linked']);
    expect(firstNow.totalCount).toBe(first.totalCount + 1);
    const secondNow = (await read<Answer>(TASK_PLATFORMS, { after: first.pageInfo.endCursor })).node.platforms;
    expect(ids(secondNow)).toEqual(ids(second));
  });

  it('a progress page stays the same after a newer update', async () => {
    const PROGRESS = 'query ($after: String) { node(id: "task:2020-05") { ... on Task { progress(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id note } } } } } }';
    type Answer = { node: { progress: Page } };
    const RECORD = 'mutation ($input: RecordProgressInput!) { recordProgress(input: $input) { progress { id } } }';
    for (const [date, note] of [['2021-01-10', 'first'], ['2021-02-10', 'second'], ['2021-03-10', 'third'], ['2021-03-10', 'third, same day'], ['2021-04-10', 'fourth']]) {
      await write(RECORD, { input: { entityId: 'task:2020-05', date, note, source: NOTE } });
    }
    const first = (await read<Answer>(PROGRESS)).node.progress;
    const second = (await read<Answer>(PROGRESS, { after: first.pageInfo.endCursor })).node.progress;
    const notes = (page: Page) => page.edges.map((edge) => (edge.node as unknown as { note: string }).note);
    expect(notes(first)).toEqual(['fourth', 'third, same day']);
    expect(notes(second)).toEqual(['third', 'second']);
    await write(RECORD, { input: { entityId: 'task:2020-05', date: '2021-05-10', note: 'fifth', source: NOTE } });
    const secondNow = (await read<Answer>(PROGRESS, { after: first.pageInfo.endCursor })).node.progress;
    expect(notes(secondNow)).toEqual(['third', 'second']);
    const third = (await read<Answer>(PROGRESS, { after: second.pageInfo.endCursor })).node.progress;
    expect(notes(third)).toEqual(['first']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an offset cursor of earlier versions, and a cursor of another order, with BAD_USER_INPUT', async () => {
    const old = Buffer.from('offset:3').toString('base64url');
    const refused = await api.query(`{ tasks(after: "${old}") { totalCount } }`);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('position-based cursor, which this API no longer accepts'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    const { platforms } = await read<{ platforms: Page }>(PLATFORMS, { orderBy: 'NAME_ASC' });
    const other = await api.query(PLATFORMS, { orderBy: 'ID_ASC', after: platforms.pageInfo.endCursor });
    expect(other.errors?.[0]).toMatchObject({
      message: expect.stringContaining('a cursor of a list sorted by NAME_ASC, not of this one (sorted by ID_ASC)'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
