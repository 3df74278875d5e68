import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { AGREEMENT, bearer, KEYS, NOTE, testAuth } from '../support/editing.js';
import { TEST_DATABASE } from '../support/neo4j.js';

const EDITOR = bearer(KEYS.editor);
const ADMIN = bearer(KEYS.admin);

type Entry = { kind: string; entityId: string | null; label: string | null; relationship: { from: string; type: string; to: string } | null; property: string | null; before: string | null; after: string | null };
const ENTRIES = 'entries { kind entityId label relationship { from type to } property before after }';

describe('links, progress and deletes over HTTP', () => {
  let api: SeededApi;
  const mutate = <T>(query: string, variables: Record<string, unknown> = {}, headers = EDITOR) => api.query<T>(query, variables, headers);
  const nodeCount = async () => {
    const { records } = await api.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: TEST_DATABASE });
    const rels = await api.driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database: TEST_DATABASE });
    return { nodes: records[0]!.get('n') as number, relationships: rels.records[0]!.get('n') as number };
  };

  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth() });
    const created = await mutate(
      `mutation {
        a: createPlatform(input: { name: "测试园区", nameEn: "Test Park", kind: INDUSTRIAL_PARK, source: { note: "setup" } }) { platform { id } }
        b: createEnterprise(input: { name: "测试公司", nameEn: "Test Co", source: { note: "setup" } }) { enterprise { id } }
        c: createPerson(input: { name: "王五", nameEn: "Wang Wu", source: { note: "setup" } }) { person { id } }
        d: createProject(input: { name: "测试项目", nameEn: "Test Project", kind: PLAN, source: { note: "setup" } }) { project { id } }
      }`,
    );
    expect(created.errors).toBeUndefined();
  });
  afterAll(async () => {
    await api.stop();
  });

  describe('link', () => {
    it('creates a relationship the model allows, with its properties and citation, seen from both ends', async () => {
      const body = await mutate<{ link: { created: boolean; relationship: Record<string, unknown>; from: { id: string }; to: { id: string }; change: { entries: Entry[] } } }>(
        `mutation { link(input: {
          from: "platform:test-park", type: SERVES, to: "task:2020-03", properties: { role: "支撑" },
          source: { citation: { source: "${AGREEMENT}", paragraph: 45, quote: "等平台为支撑" } }
        }) { created from { id } to { id } relationship { type direction role citations { paragraph quote } sourceNotes } change { ${ENTRIES} } } }`,
      );
      expect(body.errors).toBeUndefined();
      const result = body.data!.link;
      expect(result).toMatchObject({ created: true, from: { id: 'platform:test-park' }, to: { id: 'task:2020-03' } });
      expect(result.relationship).toEqual({ type: 'SERVES', direction: 'OUTGOING', role: '支撑', citations: [{ paragraph: 45, quote: '等平台为支撑' }], sourceNotes: [] });
      const key = { from: 'platform:test-park', type: 'SERVES', to: 'task:2020-03' };
      expect(result.change.entries).toEqual([
        { kind: 'LINKED', entityId: null, label: null, relationship: key, property: null, before: null, after: null },
        { kind: 'PROPERTY', entityId: null, label: null, relationship: key, property: 'role', before: null, after: '"支撑"' },
      ]);
      const task = await api.query<{ node: { platforms: { totalCount: number; edges: { node: { id: string } }[] } } }>(
        '{ node(id: "task:2020-03") { ... on Task { platforms { totalCount edges { node { id } } } } } }',
      );
      expect(task.data!.node.platforms.totalCount).toBe(4);
      expect(task.data!.node.platforms.edges.map((e) => e.node.id)).toContain('platform:test-park');
    });

    it('linking again replaces the properties and appends the source; the same again changes nothing', async () => {
      const again = await mutate<{ link: { created: boolean; relationship: { role: string | null; sourceNotes: string[]; citations: unknown[] }; change: { entries: Entry[] } | null } }>(
        'mutation { link(input: { from: "platform:test-park", type: SERVES, to: "task:2020-03", properties: { role: "载体" }, source: { note: "Operator says carrier" } }) { created relationship { role sourceNotes citations { paragraph } } change { entries { kind property before after } } } }',
      );
      expect(again.errors).toBeUndefined();
      expect(again.data!.link).toMatchObject({
        created: false,
        relationship: { role: '载体', sourceNotes: ['Operator says carrier'], citations: [{ paragraph: 45 }] },
        change: { entries: [{ kind: 'PROPERTY', property: 'role', before: '"支撑"', after: '"载体"' }] },
      });
      const before = await nodeCount();
      const same = await mutate<{ link: { created: boolean; change: null } }>(
        'mutation { link(input: { from: "platform:test-park", type: SERVES, to: "task:2020-03", properties: { role: "载体" }, source: { note: "Operator says carrier" } }) { created change { id } } }',
      );
      expect(same.data!.link).toEqual({ created: false, change: null });
      expect(await nodeCount()).toEqual(before);
    });

    it('links with typed properties: HOLDS_POSITION with a required title and a boolean', async () => {
      const body = await mutate<{ link: { relationship: { title: string; former: boolean } } }>(
        'mutation { link(input: { from: "person:wang-wu", type: HOLDS_POSITION, to: "enterprise:test-co", properties: { title: "总经理", former: false }, source: { note: "Business card" } }) { relationship { title former } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.link.relationship).toEqual({ title: '总经理', former: false });
    });

    it.each([
      ['a type the model does not allow between the labels', '{ from: "enterprise:test-co", type: SERVES, to: "task:2020-03" }', 'BAD_USER_INPUT', 'input.type'],
      ['a type in the wrong direction', '{ from: "task:2020-03", type: SERVES, to: "platform:test-park" }', 'BAD_USER_INPUT', 'input.type'],
      ['an unknown from', '{ from: "platform:nowhere", type: SERVES, to: "task:2020-03" }', 'BAD_USER_INPUT', 'input.from'],
      ['an unknown to', '{ from: "platform:test-park", type: SERVES, to: "task:2099-01" }', 'BAD_USER_INPUT', 'input.to'],
      ['a property the type lacks', '{ from: "platform:test-park", type: SERVES, to: "task:2020-04", properties: { basis: "STATED" } }', 'BAD_USER_INPUT', 'input.properties.basis'],
      ['a missing required property', '{ from: "person:wang-wu", type: HOLDS_POSITION, to: "organization:chongqing-daily" }', 'BAD_USER_INPUT', 'input.properties.title'],
      ['an enum value the type does not allow', '{ from: "platform:test-park", type: LOCATED_IN, to: "new-area:liangjiang", properties: { basis: "MATCHING_TEXT" } }', 'BAD_USER_INPUT', 'input.properties.basis'],
      ['an empty string property', '{ from: "platform:test-park", type: SERVES, to: "task:2020-04", properties: { role: " " } }', 'BAD_USER_INPUT', 'input.properties.role'],
      ['a relationship to itself', '{ from: "platform:test-park", type: CARRIES, to: "platform:test-park", properties: { basis: "STATED" } }', 'BAD_USER_INPUT', 'input.to'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, input, code, argument) => {
      const before = await nodeCount();
      const body = await mutate(`mutation { link(input: { source: { note: "n" }, ${input.slice(1)}) { created } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, argument });
      expect(await nodeCount()).toEqual(before);
    });

    it('a relationship read both ways that exists the other way round is a CONFLICT', async () => {
      await api.driver.executeQuery(
        "MATCH (a:Entity {id: 'enterprise:test-co'}), (b:Entity {id: 'platform:test-park'}) CREATE (a)-[:COOPERATES_WITH {basis: 'ONGOING'}]->(b)",
        {},
        { database: TEST_DATABASE },
      );
      const body = await mutate(
        'mutation { link(input: { from: "platform:test-park", type: COOPERATES_WITH, to: "enterprise:test-co", properties: { basis: "ONGOING" }, source: { note: "n" } }) { created } }',
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.type' });
    });
  });

  describe('unlink', () => {
    it('removes the relationship and records its properties', async () => {
      const body = await mutate<{ unlink: { from: { id: string }; change: { operation: string; entries: Entry[] } } }>(
        `mutation { unlink(input: { from: "person:wang-wu", type: HOLDS_POSITION, to: "enterprise:test-co", source: { note: "Left the company" } }) { from { id } change { operation ${ENTRIES} } } }`,
      );
      expect(body.errors).toBeUndefined();
      const [entry] = body.data!.unlink.change.entries;
      expect(entry).toMatchObject({ kind: 'UNLINKED', relationship: { from: 'person:wang-wu', type: 'HOLDS_POSITION', to: 'enterprise:test-co' } });
      expect(JSON.parse(entry!.before!)).toMatchObject({ title: '总经理', former: false, sourceNotes: ['Business card'] });
      const read = await api.query<{ node: { people: { totalCount: number } } }>('{ node(id: "enterprise:test-co") { ... on Enterprise { people { totalCount } } } }');
      expect(read.data!.node.people.totalCount).toBe(0);
    });

    it.each([
      ['a relationship that does not exist', '{ from: "person:wang-wu", type: HOLDS_POSITION, to: "enterprise:test-co" }', 'input.type'],
      ['an unknown entity', '{ from: "person:nobody", type: HOLDS_POSITION, to: "enterprise:test-co" }', 'input.from'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, input, argument) => {
      const body = await mutate(`mutation { unlink(input: { source: { note: "n" }, ${input.slice(1)}) { change { id } } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('recordProgress', () => {
    it('records a dated update on a task and sets its status', async () => {
      const body = await mutate<{ recordProgress: { progress: Record<string, unknown>; entity: { id: string; status: string }; change: { entries: Entry[] } } }>(
        `mutation { recordProgress(input: {
          entityId: "task:2020-03", date: "2020-09-15", status: IN_PROGRESS, note: "首届川渝会展合作活动举办",
          source: { citation: { source: "${AGREEMENT}", paragraph: 45, quote: "联合打造国际会展会议高地" } }
        }) {
          progress { id date status previousStatus note citations { paragraph } sourceNotes recordedAt recordedBy }
          entity { id ... on Task { status } }
          change { ${ENTRIES} }
        } }`,
      );
      expect(body.errors).toBeUndefined();
      const { progress, entity, change } = body.data!.recordProgress;
      expect(progress).toMatchObject({
        id: expect.stringMatching(/^progress:/),
        date: '2020-09-15',
        status: 'IN_PROGRESS',
        previousStatus: null,
        note: '首届川渝会展合作活动举办',
        citations: [{ paragraph: 45 }],
        sourceNotes: [],
        recordedBy: 'api-key:alice',
      });
      expect(new Date(progress.recordedAt as string).toISOString()).toBe(progress.recordedAt);
      expect(entity).toEqual({ id: 'task:2020-03', status: 'IN_PROGRESS' });
      expect(change.entries).toContainEqual({ kind: 'PROPERTY', entityId: 'task:2020-03', label: null, relationship: null, property: 'status', before: null, after: '"IN_PROGRESS"' });
      expect(change.entries[0]).toMatchObject({ kind: 'CREATED', entityId: progress.id, label: 'ProgressUpdate' });
    });

    it('lists progress newest first on the task; an update without status keeps it', async () => {
      const later = await mutate<{ recordProgress: { entity: { status: string } } }>(
        'mutation { recordProgress(input: { entityId: "task:2020-03", date: "2021-03-01", note: "第二届活动筹备中", source: { note: "会展办通报" } }) { entity { ... on Task { status } } } }',
      );
      expect(later.errors).toBeUndefined();
      expect(later.data!.recordProgress.entity.status).toBe('IN_PROGRESS');
      const body = await api.query<{ node: { status: string; progress: { totalCount: number; nodes: { date: string; status: string | null; sourceNotes: string[] }[] } } }>(
        '{ node(id: "task:2020-03") { ... on Task { status progress { totalCount nodes { date status sourceNotes } } } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.node).toEqual({
        status: 'IN_PROGRESS',
        progress: {
          totalCount: 2,
          nodes: [
            { date: '2021-03-01', status: null, sourceNotes: ['会展办通报'] },
            { date: '2020-09-15', status: 'IN_PROGRESS', sourceNotes: [] },
          ],
        },
      });
      const tasks = await api.query<{ tasks: { nodes: { number: number; progress: { totalCount: number } }[] } }>(
        '{ tasks(first: 4, orderBy: ID_ASC) { nodes { number progress(first: 1) { totalCount } } } }',
      );
      expect(tasks.data!.tasks.nodes.map((t) => t.progress.totalCount)).toEqual([0, 0, 2, 0]);
    });

    it('records progress on a project with a project status', async () => {
      const body = await mutate<{ recordProgress: { entity: { status: string }; progress: { previousStatus: string | null } } }>(
        'mutation { recordProgress(input: { entityId: "project:test-project", date: "2024-01-31", status: ANNOUNCED, note: "Announced", source: { note: "n" } }) { entity { ... on Project { status } } progress { previousStatus } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.recordProgress).toEqual({ entity: { status: 'ANNOUNCED' }, progress: { previousStatus: null } });
    });

    it.each([
      ['an entity that is neither task nor project', '{ entityId: "platform:test-park", date: "2024-01-01", note: "n" }', 'input.entityId'],
      ['an unknown entity', '{ entityId: "task:2099-01", date: "2024-01-01", note: "n" }', 'input.entityId'],
      ['a status of the other type', '{ entityId: "task:2020-03", date: "2024-01-01", status: ANNOUNCED, note: "n" }', 'input.status'],
      ['an impossible date', '{ entityId: "task:2020-03", date: "2024-02-30", note: "n" }', 'input.date'],
      ['a date in another format', '{ entityId: "task:2020-03", date: "15.09.2020", note: "n" }', 'input.date'],
      ['an empty note', '{ entityId: "task:2020-03", date: "2024-01-01", note: "  " }', 'input.note'],
      ['a note over 500 characters', `{ entityId: "task:2020-03", date: "2024-01-01", note: "${'n'.repeat(501)}" }`, 'input.note'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, input, argument) => {
      const before = await nodeCount();
      const body = await mutate(`mutation { recordProgress(input: { source: { note: "n" }, ${input.slice(1)}) { change { id } } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(await nodeCount()).toEqual(before);
    });
  });

  describe('deleteEntity', () => {
    it('is for admins only: an editor gets FORBIDDEN and nothing is deleted', async () => {
      const body = await mutate('mutation { deleteEntity(input: { id: "platform:test-park", source: { note: "duplicate" } }) { deletedId } }');
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      const read = await api.query('{ node(id: "platform:test-park") { id } }');
      expect(read.errors).toBeUndefined();
    });

    it('an admin deletes the entity with its relationships; the record keeps what it had', async () => {
      const body = await mutate<{ deleteEntity: { deletedId: string; change: { actor: string; role: string; entries: Entry[] } } }>(
        `mutation { deleteEntity(input: { id: "platform:test-park", source: { note: "Entered twice" } }) { deletedId change { actor role ${ENTRIES} } } }`,
        {},
        ADMIN,
      );
      expect(body.errors).toBeUndefined();
      const { deletedId, change } = body.data!.deleteEntity;
      expect(deletedId).toBe('platform:test-park');
      expect(change).toMatchObject({ actor: 'api-key:root', role: 'admin' });
      const deleted = change.entries.at(-1)!;
      expect(deleted).toMatchObject({ kind: 'DELETED', entityId: 'platform:test-park', label: 'Platform' });
      expect(JSON.parse(deleted.before!)).toMatchObject({ name: '测试园区', kind: 'INDUSTRIAL_PARK', sourceNotes: ['setup'] });
      expect(change.entries.filter((e) => e.kind === 'UNLINKED').map((e) => e.relationship)).toEqual(
        expect.arrayContaining([
          { from: 'platform:test-park', type: 'SERVES', to: 'task:2020-03' },
          { from: 'enterprise:test-co', type: 'COOPERATES_WITH', to: 'platform:test-park' },
        ]),
      );

      const gone = await api.query('{ node(id: "platform:test-park") { id } }');
      expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const history = await api.query<{ changes: { totalCount: number; nodes: { operation: string }[] } }>(
        '{ changes(entityId: "platform:test-park", first: 10) { totalCount nodes { operation } } }',
        {},
        bearer(KEYS.editor),
      );
      expect(history.data!.changes.nodes.map((c) => c.operation)).toEqual(['deleteEntity', 'link', 'link', 'createPlatform']);
    });

    it('deleting a task drops its progress updates too, recorded in the change', async () => {
      const body = await mutate<{ deleteEntity: { change: { entries: Entry[] } } }>(
        `mutation { deleteEntity(input: { id: "project:test-project", source: { note: "n" } }) { change { ${ENTRIES} } } }`,
        {},
        ADMIN,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.deleteEntity.change.entries.filter((e) => e.label === 'ProgressUpdate')).toHaveLength(1);
      const { records } = await api.driver.executeQuery("MATCH (p:ProgressUpdate {entityId: 'project:test-project'}) RETURN count(p) AS n", {}, { database: TEST_DATABASE });
      expect(records[0]!.get('n')).toBe(0);
    });

    it('an unknown id is BAD_USER_INPUT naming input.id', async () => {
      const body = await mutate('mutation { deleteEntity(input: { id: "platform:nowhere", source: { note: "n" } }) { deletedId } }', {}, ADMIN);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.id' });
    });
  });
});
