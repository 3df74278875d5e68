import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { AGREEMENT, bearer, KEYS, NOTE, testAuth } from '../support/editing.js';
import { TEST_DATABASE } from '../support/neo4j.js';

const EDITOR = bearer(KEYS.editor);

const CHANGE = 'change { id actor role operation entityIds entries { kind entityId label property before after } citations { paragraph quote } sourceNotes }';

type Change = {
  id: string;
  actor: string;
  role: string;
  operation: string;
  entityIds: string[];
  entries: { kind: string; entityId: string | null; label: string | null; property: string | null; before: string | null; after: string | null }[];
  citations: { paragraph: number; quote: string }[];
  sourceNotes: string[];
};

describe('editing entities over HTTP', () => {
  let api: SeededApi;
  const counts = async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (n) RETURN count(n) AS nodes, count{ (n:Change) } AS changes',
      {},
      { database: TEST_DATABASE },
    );
    return records[0]!.toObject() as { nodes: number; changes: number };
  };
  const mutate = <T>(query: string, variables: Record<string, unknown> = {}, headers = EDITOR) => api.query<T>(query, variables, headers);

  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth() });
  });
  afterAll(async () => {
    await api.stop();
  });

  describe('create', () => {
    it('createPlatform: typed properties, an id from the English name, a citation checked against the stored paragraph', async () => {
      const body = await mutate<{ createPlatform: { platform: Record<string, unknown>; change: Change } }>(
        `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) {
          platform { id name nameEn nameEnOfficial aliases summary kind status citations { paragraph quote source { id } } sourceNotes }
          ${CHANGE}
        } }`,
        {
          input: {
            name: '  两江会展中心  ',
            nameEn: 'Liangjiang Expo Centre (Phase II)',
            aliases: ['会展二期', '会展二期'],
            summary: '两江新区的会展平台。',
            kind: 'EXPO_CENTER',
            status: 'PLANNED',
            source: { citation: { source: AGREEMENT, paragraph: 45, quote: '探索会展发展新模式' } },
          },
        },
      );
      expect(body.errors).toBeUndefined();
      const { platform, change } = body.data!.createPlatform;
      expect(platform).toEqual({
        id: 'platform:liangjiang-expo-centre-phase-ii',
        name: '两江会展中心',
        nameEn: 'Liangjiang Expo Centre (Phase II)',
        nameEnOfficial: false,
        aliases: ['会展二期'],
        summary: '两江新区的会展平台。',
        kind: 'EXPO_CENTER',
        status: 'PLANNED',
        citations: [{ paragraph: 45, quote: '探索会展发展新模式', source: { id: AGREEMENT } }],
        sourceNotes: [],
      });
      expect(change).toMatchObject({
        id: expect.stringMatching(/^change:/),
        actor: 'api-key:alice',
        role: 'editor',
        operation: 'createPlatform',
        entityIds: ['platform:liangjiang-expo-centre-phase-ii'],
        citations: [{ paragraph: 45, quote: '探索会展发展新模式' }],
        sourceNotes: [],
      });
      expect(change.entries[0]).toEqual({ kind: 'CREATED', entityId: platform.id, label: 'Platform', property: null, before: null, after: null });
      expect(change.entries).toContainEqual({ kind: 'PROPERTY', entityId: platform.id, label: null, property: 'kind', before: null, after: '"EXPO_CENTER"' });

      const read = await api.query<{ node: { name: string } }>('{ node(id: "platform:liangjiang-expo-centre-phase-ii") { ... on Platform { name } } }');
      expect(read.data!.node.name).toBe('两江会展中心');
      const listed = await api.query<{ platforms: { totalCount: number } }>('{ platforms(where: { kind: [EXPO_CENTER] }) { totalCount } }');
      expect(listed.data!.platforms.totalCount).toBe(3);
    });

    it('createEnterprise: ints stored as integers, a source note shown in sourceNotes with no citations', async () => {
      const body = await mutate<{ createEnterprise: { enterprise: Record<string, unknown> } }>(
        `mutation { createEnterprise(input: {
          name: "云端物流", nameEn: "Yunduan Logistics", registeredEmployees: 1200, registeredCapitalYuan: 7.12e9,
          hostedEnterpriseOriginCountries: ["新加坡", "德国"], source: { note: "Company registry extract, 2024" }
        }) { enterprise { id registeredEmployees registeredCapitalYuan hostedEnterpriseOriginCountries citations { quote } sourceNotes } } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.createEnterprise.enterprise).toEqual({
        id: 'enterprise:yunduan-logistics',
        registeredEmployees: 1200,
        registeredCapitalYuan: 7.12e9,
        hostedEnterpriseOriginCountries: ['新加坡', '德国'],
        citations: [],
        sourceNotes: ['Company registry extract, 2024'],
      });
      const { records } = await api.driver.executeQuery(
        "MATCH (e:Enterprise {id: 'enterprise:yunduan-logistics'}) RETURN valueType(e.registeredEmployees) AS t",
        {},
        { database: TEST_DATABASE },
      );
      expect(records[0]!.get('t')).toBe('INTEGER NOT NULL');
    });

    it('createOrganization, createProject, createPerson', async () => {
      const body = await mutate<Record<string, { change: Change } & Record<string, { id: string; __typename: string }>>>(
        `mutation {
          createOrganization(input: { name: "川渝会展联盟", nameEn: "Sichuan-Chongqing Expo Alliance", kind: ASSOCIATION, source: { note: "Founding notice" } }) { organization { id __typename kind } change { operation } }
          createProject(input: { name: "会展数据平台", nameEn: "Expo Data Platform", kind: SERVICE, status: PLANNED, cities: 2, source: { note: "Press release" } }) { project { id __typename status cities } change { operation } }
          createPerson(input: { name: "张三", nameEn: "Zhang San", source: { note: "Interview" } }) { person { id __typename } change { operation } }
        }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.createOrganization).toEqual({
        organization: { id: 'organization:sichuan-chongqing-expo-alliance', __typename: 'Organization', kind: 'ASSOCIATION' },
        change: { operation: 'createOrganization' },
      });
      expect(body.data!.createProject).toEqual({
        project: { id: 'project:expo-data-platform', __typename: 'Project', status: 'PLANNED', cities: 2 },
        change: { operation: 'createProject' },
      });
      expect(body.data!.createPerson).toEqual({ person: { id: 'person:zhang-san', __typename: 'Person' }, change: { operation: 'createPerson' } });
    });

    it('a clashing slug gets -2, -3; a client id is used as given', async () => {
      const make = (name: string, id?: string) =>
        mutate<{ createPerson: { person: { id: string } } }>(
          'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }',
          { input: { name, nameEn: 'Li Ming', ...(id ? { id } : {}), source: NOTE } },
        );
      expect((await make('李明')).data!.createPerson.person.id).toBe('person:li-ming');
      expect((await make('黎明')).data!.createPerson.person.id).toBe('person:li-ming-2');
      expect((await make('李鸣')).data!.createPerson.person.id).toBe('person:li-ming-3');
      expect((await make('厉铭', 'person:li-ming-engineer')).data!.createPerson.person.id).toBe('person:li-ming-engineer');
    });

    it.each([
      ['a name another platform has (any case)', { name: '重庆国际博览中心' }, 'CONFLICT', 'input.name'],
      ['an id in use', { id: 'platform:chengdu-science-city' }, 'CONFLICT', 'input.id'],
      ['an id of another label', { id: 'project:new-thing' }, 'BAD_USER_INPUT', 'input.id'],
      ['a malformed id', { id: 'platform:Not Valid' }, 'BAD_USER_INPUT', 'input.id'],
      ['an empty name', { name: '   ' }, 'BAD_USER_INPUT', 'input.name'],
      ['a name over 200 characters', { name: '长'.repeat(201) }, 'BAD_USER_INPUT', 'input.name'],
      ['a summary over 1000 characters', { summary: 'x'.repeat(1001) }, 'BAD_USER_INPUT', 'input.summary'],
      ['an empty alias', { aliases: ['ok', ' '] }, 'BAD_USER_INPUT', 'input.aliases[1]'],
      ['both a citation and a note', { source: { note: 'n', citation: { source: AGREEMENT, paragraph: 45, quote: '会展' } } }, 'BAD_USER_INPUT', 'input.source'],
      ['neither a citation nor a note', { source: {} }, 'BAD_USER_INPUT', 'input.source'],
      ['an empty note', { source: { note: ' ' } }, 'BAD_USER_INPUT', 'input.source.note'],
      ['a note over 500 characters', { source: { note: 'n'.repeat(501) } }, 'BAD_USER_INPUT', 'input.source.note'],
      ['an unknown source', { source: { citation: { source: 'nowhere', paragraph: 1, quote: '会展' } } }, 'BAD_USER_INPUT', 'input.source.citation.source'],
      ['a paragraph the source lacks', { source: { citation: { source: AGREEMENT, paragraph: 999, quote: '会展' } } }, 'BAD_USER_INPUT', 'input.source.citation.paragraph'],
      ['a quote not in the paragraph', { source: { citation: { source: AGREEMENT, paragraph: 45, quote: '不在这里' } } }, 'BAD_USER_INPUT', 'input.source.citation.quote'],
    ])('createPlatform refuses %s, naming the field, and writes nothing', async (_case, override, code, argument) => {
      const before = await counts();
      const body = await mutate('mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { platform { id } } }', {
        input: { name: '新平台', nameEn: 'New Platform', kind: 'INCUBATOR', source: NOTE, ...override },
      });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, argument });
      // Each mutation field stands alone: the refused one is null, with its error.
      expect(body.data).toEqual({ createPlatform: null });
      expect(await counts()).toEqual(before);
    });
  });

  describe('update', () => {
    it('changes only the given fields, removes with null, records before and after, appends the source', async () => {
      const body = await mutate<{ updatePlatform: { platform: Record<string, unknown>; change: Change } }>(
        `mutation { updatePlatform(input: {
          id: "platform:chengdu-science-city", status: UNDER_CONSTRUCTION, summary: null, aliases: ["科学城"],
          source: { citation: { source: "${AGREEMENT}", paragraph: 45, quote: "联合打造国际会展会议高地" } }
        }) { platform { id name status summary aliases citations { paragraph } sourceNotes } ${CHANGE} } }`,
      );
      expect(body.errors).toBeUndefined();
      const { platform, change } = body.data!.updatePlatform;
      expect(platform).toMatchObject({ id: 'platform:chengdu-science-city', name: '成都科学城', status: 'UNDER_CONSTRUCTION', summary: null, aliases: ['科学城'] });
      expect((platform.citations as { paragraph: number }[]).at(-1)).toEqual({ paragraph: 45 });
      expect(change.operation).toBe('updatePlatform');
      const byProperty = Object.fromEntries(change.entries.map((e) => [e.property, e]));
      expect(byProperty.status).toMatchObject({ kind: 'PROPERTY', before: null, after: '"UNDER_CONSTRUCTION"' });
      expect(byProperty.summary!.before).toEqual(expect.stringMatching(/^".+"$/));
      expect(byProperty.summary!.after).toBeNull();
      expect(JSON.parse(byProperty.aliases!.after!)).toEqual(['科学城']);
    });

    it('an update that changes nothing writes nothing and returns no change', async () => {
      const before = await counts();
      const body = await mutate<{ updatePlatform: { change: Change | null; platform: { status: string } } }>(
        'mutation { updatePlatform(input: { id: "platform:chengdu-science-city", status: UNDER_CONSTRUCTION, source: { note: "same again" } }) { platform { status } change { id } } }',
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.updatePlatform).toEqual({ platform: { status: 'UNDER_CONSTRUCTION' }, change: null });
      expect(await counts()).toEqual(before);
    });

    it('renaming to a free name works; to a taken one is a CONFLICT naming input.name', async () => {
      const ok = await mutate<{ updatePerson: { person: { name: string } } }>(
        'mutation { updatePerson(input: { id: "person:zhang-san", name: "张叁", source: { note: "spelling fixed" } }) { person { name } } }',
      );
      expect(ok.data!.updatePerson.person.name).toBe('张叁');
      const clash = await mutate(
        'mutation { updatePerson(input: { id: "person:zhang-san", name: "李明", source: { note: "n" } }) { person { name } } }',
      );
      expect(clash.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', argument: 'input.name', existingId: 'person:li-ming' } });
    });

    it.each([
      ['an unknown id', 'updatePlatform', '{ id: "platform:nowhere", status: PLANNED, source: { note: "n" } }', 'input.id'],
      ['nothing to change', 'updatePlatform', '{ id: "platform:chengdu-science-city", source: { note: "n" } }', 'input'],
      ['an entity of another type', 'updateProject', '{ id: "project:chengdu-science-city", kind: PLAN, source: { note: "n" } }', 'input.id'],
      ['removing a required property', 'updatePlatform', '{ id: "platform:chengdu-science-city", kind: null, source: { note: "n" } }', 'input.kind'],
      ['removing the name', 'updatePlatform', '{ id: "platform:chengdu-science-city", name: null, source: { note: "n" } }', 'input.name'],
      ['an empty English name', 'updatePlatform', '{ id: "platform:chengdu-science-city", nameEn: "", source: { note: "n" } }', 'input.nameEn'],
      ['an over-long business type', 'updateEnterprise', `{ id: "enterprise:zhubajie", businessType: "${'x'.repeat(501)}", source: { note: "n" } }`, 'input.businessType'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, mutation, input, argument) => {
      const before = await counts();
      const body = await mutate(`mutation { ${mutation}(input: ${input}) { change { id } } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(await counts()).toEqual(before);
    });

    it('updatePlatform on an enterprise id names input.id', async () => {
      const body = await mutate('mutation { updatePlatform(input: { id: "enterprise:zhubajie", status: PLANNED, source: { note: "n" } }) { change { id } } }');
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.id' } });
    });
  });

  it('change records stay off the entity APIs', async () => {
    const body = await api.query<{ entities: { totalCount: number }; search: { entity: { id: string } }[] }>(
      '{ entities(first: 1) { totalCount } search(text: "change") { entity { id } } }',
    );
    const { records } = await api.driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n', {}, { database: TEST_DATABASE });
    expect(body.data!.entities.totalCount).toBe(records[0]!.get('n'));
    expect(body.data!.search.every((hit) => !hit.entity.id.startsWith('change:'))).toBe(true);
    const neighbourhood = await api.query<{ neighborhood: { nodes: { id: string }[] } }>(
      '{ neighborhood(id: "platform:chengdu-science-city", depth: 2, limit: 100) { nodes { id } } }',
    );
    expect(neighbourhood.errors).toBeUndefined();
    expect(neighbourhood.data!.neighborhood.nodes.every((n) => !n.id.startsWith('change:'))).toBe(true);
  });
});
