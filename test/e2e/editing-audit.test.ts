import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { recordChange } from '../../src/data/audit/record.js';
import { createEntity } from '../../src/editing/mutations.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, testAuth } from '../support/editing.js';
import { TEST_DATABASE } from '../support/neo4j.js';

const EDITOR = bearer(KEYS.editor);
const EDITOR2 = bearer(KEYS.editor2);

type ChangeNode = { id: string; at: string; actor: string; operation: string; entries: { property: string | null; before: string | null; after: string | null }[] };

/** A driver whose write transactions fail on the statement that writes the change record. */
function failingOnChangeRecord(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (config: Parameters<Driver['session']>[0]) => {
        const session = target.session(config);
        const beginTransaction = session.beginTransaction.bind(session);
        session.beginTransaction = ((txConfig?: Parameters<typeof beginTransaction>[0]) =>
          beginTransaction(txConfig).then((tx) => {
            const run = tx.run.bind(tx);
            tx.run = ((text: string, params: Record<string, unknown>) =>
              text.includes('CREATE (c:Change)') ? Promise.reject(new Error('simulated failure while recording')) : run(text, params)) as typeof tx.run;
            return tx;
          })) as typeof session.beginTransaction;
        return session;
      };
    },
  });
}

describe('the audit trail, concurrency and read-your-writes', () => {
  let api: SeededApi;
  const mutate = <T>(query: string, variables: Record<string, unknown> = {}, headers = EDITOR) => api.query<T>(query, variables, headers);
  const allChanges = async (entityId: string) => {
    const out: ChangeNode[] = [];
    let after: string | null = null;
    for (;;) {
      const body: { data?: { changes: { edges: { cursor: string; node: ChangeNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await api.query(
        'query($id: ID!, $after: String) { changes(entityId: $id, first: 7, after: $after) { edges { cursor node { id at actor operation entries { property before after } } } pageInfo { hasNextPage endCursor } } }',
        { id: entityId, after },
        bearer(KEYS.editor),
      );
      out.push(...body.data!.changes.edges.map((e) => e.node));
      if (!body.data!.changes.pageInfo.hasNextPage) return out;
      after = body.data!.changes.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth() });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('20 parallel updates of one entity end consistent: 20 records, each before is the previous after', async () => {
    const id = 'platform:chengdu-science-city';
    const original = await api.query<{ node: { summary: string } }>(`{ node(id: "${id}") { ... on Platform { summary } } }`);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        mutate<{ updatePlatform: { change: { id: string } } }>(
          'mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { change { id } } }',
          { input: { id, summary: `Summary version ${i + 1}`, source: { note: `parallel edit ${i + 1}` } } },
          i % 2 === 0 ? EDITOR : EDITOR2,
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);

    const history = await allChanges(id);
    expect(history).toHaveLength(20);
    expect(new Set(history.map((c) => c.id)).size).toBe(20);
    expect(history.map((c) => c.at)).toEqual([...history.map((c) => c.at)].sort().reverse());
    const oldestFirst = [...history].reverse();
    let expected = JSON.stringify(original.data!.node.summary);
    for (const change of oldestFirst) {
      expect(change.entries).toHaveLength(1);
      expect(change.entries[0]!.property).toBe('summary');
      expect(change.entries[0]!.before).toBe(expected);
      expected = change.entries[0]!.after!;
    }
    const now = await api.query<{ node: { summary: string; sourceNotes: string[] } }>(`{ node(id: "${id}") { ... on Platform { summary sourceNotes } } }`);
    expect(JSON.stringify(now.data!.node.summary)).toBe(history[0]!.entries[0]!.after);
    expect(now.data!.node.sourceNotes).toHaveLength(20);
    expect(new Set(history.map((c) => c.actor))).toEqual(new Set(['api-key:alice', 'api-key:bob']));
  });

  it('parallel creates with one name: one wins, the rest are CONFLICT; with one English name: distinct ids', async () => {
    const sameName = await Promise.all(
      Array.from({ length: 8 }, () =>
        mutate<{ createOrganization: { organization: { id: string } } }>(
          'mutation { createOrganization(input: { name: "并发协会", nameEn: "Concurrency Association", kind: ASSOCIATION, source: { note: "n" } }) { organization { id } } }',
        ),
      ),
    );
    expect(sameName.filter((r) => r.data?.createOrganization)).toHaveLength(1);
    expect(sameName.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(7);

    const sameSlug = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        mutate<{ createOrganization: { organization: { id: string } } }>(
          'mutation($name: String!) { createOrganization(input: { name: $name, nameEn: "Parallel Office", kind: OFFICE, source: { note: "n" } }) { organization { id } } }',
          { name: `并发办公室${i}` },
        ),
      ),
    );
    expect(sameSlug.flatMap((r) => r.errors ?? [])).toEqual([]);
    const ids = sameSlug.map((r) => r.data!.createOrganization.organization.id).sort();
    expect(ids).toEqual(['organization:parallel-office', ...[2, 3, 4, 5, 6, 7, 8].map((n) => `organization:parallel-office-${n}`)].sort());
  });

  it('changes: newest first in pages, BAD_USER_INPUT for a foreign cursor, QUERY_TOO_COMPLEX for a page too large', async () => {
    const first = await api.query<{ changes: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } }>(
      '{ changes(entityId: "platform:chengdu-science-city", first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } } }',
      {},
      bearer(KEYS.editor),
    );
    expect(first.data!.changes).toMatchObject({ totalCount: 20, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const foreign = await api.query(
      'query($after: String) { changes(entityId: "organization:parallel-office", after: $after) { totalCount } }',
      { after: first.data!.changes.pageInfo.endCursor },
      bearer(KEYS.editor),
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const garbage = await api.query('{ changes(entityId: "platform:chengdu-science-city", after: "bm9wZQ") { totalCount } }', {}, bearer(KEYS.editor));
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const tooMany = await api.query('{ changes(entityId: "platform:chengdu-science-city", first: 101) { totalCount } }', {}, bearer(KEYS.editor));
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', argument: 'first', limit: 'maxPageSize', maximum: 100 });
    const none = await api.query<{ changes: { totalCount: number } }>('{ changes(entityId: "platform:never-existed") { totalCount } }', {}, bearer(KEYS.editor));
    expect(none.data!.changes.totalCount).toBe(0);
  });

  it('a mutation that fails after it wrote leaves nothing: the entity and its record commit together', async () => {
    const count = async () =>
      (await api.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: TEST_DATABASE })).records[0]!.get('n') as number;
    const before = await count();
    const ctx = createContext(
      { driver: failingOnChangeRecord(api.driver), database: TEST_DATABASE, transactionTimeoutMs: 10_000 },
      undefined,
      { caller: { kind: 'authenticated', actor: 'api-key:alice', role: 'editor', method: 'api-key' } },
    );
    await expect(
      createEntity(ctx, 'Person', { name: '半途', nameEn: 'Half Way', source: { note: 'n' } }),
    ).rejects.toThrow('simulated failure while recording');
    expect(await count()).toBe(before);
    const read = await api.query('{ node(id: "person:half-way") { id } }');
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('recordChange, as the bulk import calls it: PROPERTY by default, CHANGED to live entities, ids from the entries', async () => {
    const session = api.driver.session({ database: TEST_DATABASE });
    try {
      const recorded = await session.executeWrite((tx) =>
        recordChange(tx, {
          actor: 'import:test.yaml',
          role: 'import',
          operation: 'import',
          entityIds: ['task:2020-01'],
          changes: [
            { entityId: 'task:2020-01', property: 'status', before: null, after: 'PLANNED' },
            { kind: 'LINKED', relationship: { from: 'platform:chengdu-science-city', type: 'SERVES', to: 'task:2020-01' } },
            { entityId: 'platform:gone', property: 'name', before: neo4j.int(3), after: null },
          ],
        }),
      );
      expect(recorded.id).toMatch(/^change:/);
      expect(new Date(recorded.at).toISOString()).toBe(recorded.at);
      const { records } = await session.executeRead((tx) =>
        tx.run('MATCH (c:Change {id: $id}) RETURN c.entityIds AS ids, [(c)-[:CHANGED]->(e) | e.id] AS linked', { id: recorded.id }),
      );
      expect(records[0]!.get('ids')).toEqual(['task:2020-01', 'platform:chengdu-science-city', 'platform:gone']);
      expect([...(records[0]!.get('linked') as string[])].sort()).toEqual(['platform:chengdu-science-city', 'task:2020-01']);
      await expect(session.executeWrite((tx) => recordChange(tx, { actor: ' ', role: 'import', operation: 'import', entityIds: ['x'], changes: [] }))).rejects.toThrow(
        'actor must not be empty',
      );
    } finally {
      await session.close();
    }
    const history = await api.query<{ changes: { nodes: { operation: string; entries: { kind: string; before: string | null }[] }[] } }>(
      '{ changes(entityId: "platform:gone") { nodes { operation entries { kind before } } } }',
      {},
      bearer(KEYS.editor),
    );
    expect(history.data!.changes.nodes[0]!.entries.map((e) => e.kind)).toEqual(['PROPERTY', 'LINKED', 'PROPERTY']);
    expect(history.data!.changes.nodes[0]!.entries[2]!.before).toBe('3');
  });

  describe('read-your-writes', () => {
    it('a mutation returns the bookmarks of its commit; a read sent with them sees the write and echoes them', async () => {
      const write = await api.post<{ updatePerson: { person: { summary: string } } }>(
        'mutation { updatePerson(input: { id: "person:zhu-mingyue", summary: "猪八戒网董事长。", source: { note: "n" } }) { person { summary } } }',
        {},
        EDITOR,
      );
      expect(write.status).toBe(200);
      const bookmarks = write.body.extensions?.neo4j?.bookmarks;
      expect(bookmarks?.length).toBeGreaterThan(0);
      const read = await api.post<{ node: { summary: string } }>(
        '{ node(id: "person:zhu-mingyue") { ... on Person { summary } } }',
        {},
        { 'neo4j-bookmarks': bookmarks!.join(',') },
      );
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data!.node.summary).toBe('猪八戒网董事长。');
      expect(read.body.extensions?.neo4j?.bookmarks).toEqual(bookmarks);
      const plain = await api.post('{ graphStats { nodeCount } }');
      expect(plain.body.extensions?.neo4j?.bookmarks).toBeUndefined();
    });

    it.each([
      ['a malformed header', 'not a bookmark, {}', 400],
      ['a bookmark Neo4j does not know', 'FB:not-really-a-bookmark', 200],
    ])('%s is BAD_USER_INPUT naming the header', async (_case, header, status) => {
      const read = await api.post('{ node(id: "task:2020-01") { id } }', {}, { 'neo4j-bookmarks': header });
      expect(read.status).toBe(status);
      expect(read.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'neo4j-bookmarks' });
    });
  });
});
