import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, testAuth } from '../support/editing.js';
import { TEST_DATABASE } from '../support/neo4j.js';

const EDITOR = bearer(KEYS.editor);
const ADMIN = bearer(KEYS.admin);
const READER = bearer(KEYS.reader);

const DOCUMENT = [
  '两江产业集团董事长李毅在礼嘉智慧公园向天府新区党政代表团介绍了智慧场景。',
  '',
  '猪八戒网落户两江数字经济产业园,管委会负责人陪同参观。',
].join('\n');
const META = { title: '礼嘉智慧公园的一次考察', publisher: '测试日报', publishedOn: '2020-04-24', url: 'https://example.org/visit' };

const ADD = `mutation ($input: AddSourceInput!) {
  addSource(input: $input) { created message mentionCount candidateCount source { id title publisher publishedOn url language paragraphs { number text } } }
}`;
const CANDIDATES = `query ($id: ID!, $status: FactCandidateStatus) {
  source(id: $id) { factCandidates(status: $status) { id kind status rule confidence paragraph quote fromId fromName fromLabel relationshipType toId toName properties reason } }
}`;

type Candidate = { id: string; kind: string; status: string; rule: string; paragraph: number; quote: string; fromId: string | null; fromName: string; relationshipType: string; toId: string; properties: string; reason: string | null };
type Added = { addSource: { created: boolean; message: string; mentionCount: number; candidateCount: number; source: { id: string; paragraphs: { number: number; text: string }[] } & Record<string, unknown> } };

describe('sources over HTTP: add, mentions, review', () => {
  let api: SeededApi;
  const count = async (label: string) => {
    const { records } = await api.driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`, {}, { database: TEST_DATABASE });
    return Number(records[0]!.get('n'));
  };
  const stored = async () => ({ sources: await count('Source'), paragraphs: await count('Paragraph'), mentions: await count('Mention'), candidates: await count('FactCandidate') });
  let sourceId = '';

  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth() });
    // The article's chairman of 两江产业集团 is taken out, so that the document states a fact the graph lacks.
    const removed = await api.query(`mutation { deleteEntity(input: { id: "person:li-yi", source: { note: "test setup" } }) { deletedId } }`, {}, ADMIN);
    expect(removed.errors).toBeUndefined();
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each([
    ['an empty text', '  \n\n ', 'input.text is empty'],
    ['a binary text', 'abc\u0000\u0001def', 'binary'],
    ['a text over the size limit', '两'.repeat(90_000), 'at most 262144 bytes'],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_what, text, message) => {
    const before = await stored();
    const body = await api.query(ADD, { input: { ...META, text } }, EDITOR);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(message);
    expect(await stored()).toEqual(before);
  });

  it('refuses bad metadata and a reader', async () => {
    const date = await api.query(ADD, { input: { ...META, text: DOCUMENT, publishedOn: '2020-02-30' } }, EDITOR);
    expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.publishedOn' });
    const url = await api.query(ADD, { input: { ...META, text: DOCUMENT, url: 'ftp://example.org' } }, EDITOR);
    expect(url.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.url' });
    const reader = await api.query(ADD, { input: { ...META, text: DOCUMENT } }, READER);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds a document with numbered paragraphs, its mentions and candidates; the same text again changes nothing', async () => {
    const body = await api.query<Added>(ADD, { input: { ...META, text: DOCUMENT } }, EDITOR);
    expect(body.errors).toBeUndefined();
    const added = body.data!.addSource;
    expect(added.created).toBe(true);
    expect(added.source).toMatchObject({ title: META.title, publisher: '测试日报', publishedOn: '2020-04-24', url: 'https://example.org/visit', language: 'zh' });
    expect(added.source.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(added.source.paragraphs[1]!.text).toBe('猪八戒网落户两江数字经济产业园,管委会负责人陪同参观。');
    expect(added.candidateCount).toBe(2);
    sourceId = added.source.id;

    const before = await stored();
    const again = await api.query<Added>(ADD, { input: { ...META, title: 'another title', text: `${DOCUMENT}\n` } }, EDITOR);
    expect(again.data!.addSource).toMatchObject({ created: false, source: { id: sourceId } });
    expect(again.data!.addSource.message).toContain('nothing changed');
    expect(await stored()).toEqual(before);

    const clash = await api.query(ADD, { input: { ...META, text: '另一段完全不同的文字。' } }, EDITOR);
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'input.title' });
    expect(await stored()).toEqual(before);
  });

  it('lists the sources and exposes mentions with offsets, from the source and from the entity', async () => {
    const body = await api.query<{
      sources: { id: string }[];
      source: { mentions: { paragraph: number; start: number; end: number; text: string; ambiguous: boolean; entities: { id: string }[] }[] };
      node: { mentions: { source: { id: string }; paragraph: number; text: string }[] };
    }>(
      `query ($id: ID!) {
        sources { id }
        source(id: $id) { mentions { paragraph start end text ambiguous entities { id } } }
        node(id: "enterprise:liangjiang-industry-group") { ... on Entity { mentions { source { id } paragraph text } } }
      }`,
      { id: sourceId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.sources.map((s) => s.id)).toContain(sourceId);
    const mentions = body.data!.source.mentions;
    const group = mentions.find((m) => m.text === '两江产业集团')!;
    expect(group).toMatchObject({ paragraph: 1, start: 0, end: 6, ambiguous: false, entities: [{ id: 'enterprise:liangjiang-industry-group' }] });
    expect(mentions.find((m) => m.text === '礼嘉智慧公园')?.entities).toEqual([{ id: 'platform:lijia-smart-park' }]);
    const committee = mentions.find((m) => m.text === '管委会')!;
    expect(committee.ambiguous).toBe(true);
    expect(committee.entities.map((e) => e.id).sort()).toEqual(['organization:liangjiang-management-committee', 'organization:tianfu-chengdu-management-committee']);
    expect(body.data!.node.mentions).toContainEqual({ source: { id: sourceId }, paragraph: 1, text: '两江产业集团' });
  });

  it('the mentions of a list of entities cost one round trip, whatever its length', async () => {
    const list = await api.query<{ enterprises: { nodes: { id: string; mentions: { text: string }[] }[] } }>(`{ enterprises(first: 20) { nodes { id mentions { text } } } }`);
    expect(list.errors).toBeUndefined();
    const nodes = list.data!.enterprises.nodes;
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.find((n) => n.id === 'enterprise:liangjiang-industry-group')!.mentions).toEqual([{ text: '两江产业集团' }]);
    expect(nodes.find((n) => n.id === 'enterprise:zhubajie')!.mentions).toEqual([{ text: '猪八戒网' }]);
    // One statement for the list, one for all their mentions.
    expect(list.extensions?.neo4j?.roundTrips).toBe(2);
  });

  it('accepts a candidate with an edit: the new person and position are found through node and search, with the citation and change record', async () => {
    const listed = await api.query<{ source: { factCandidates: Candidate[] } }>(CANDIDATES, { id: sourceId, status: 'PENDING' });
    const position = listed.data!.source.factCandidates.find((c) => c.relationshipType === 'HOLDS_POSITION')!;
    expect(position).toMatchObject({ kind: 'RELATIONSHIP', rule: 'POSITION_TITLE', paragraph: 1, quote: '两江产业集团董事长李毅', fromId: null, fromName: '李毅', toId: 'enterprise:liangjiang-industry-group' });
    expect(JSON.parse(position.properties)).toEqual({ title: '董事长' });
    // Not in the graph's answers before it is accepted.
    const before = await api.query<{ search: { entity: { id: string } }[] }>(`{ search(text: "李毅", types: [PERSON]) { entity { id } } }`);
    expect(before.data!.search).toEqual([]);

    const accepted = await api.query<{ acceptFactCandidate: { candidate: Candidate & { entityIds: string[]; changeIds: string[] }; entities: { id: string; name: string; nameEn: string }[] } }>(
      `mutation ($input: AcceptFactCandidateInput!) { acceptFactCandidate(input: $input) {
        candidate { id status entityIds changeIds } entities { id name nameEn } } }`,
      { input: { id: position.id, nameEn: 'Li Yi' } },
      EDITOR,
    );
    expect(accepted.errors).toBeUndefined();
    const result = accepted.data!.acceptFactCandidate;
    expect(result.candidate.status).toBe('ACCEPTED');
    const person = result.entities.find((e) => e.name === '李毅')!;
    expect(person).toEqual({ id: 'person:li-yi', name: '李毅', nameEn: 'Li Yi' });
    expect(result.candidate.changeIds).toHaveLength(2);

    const found = await api.query<{
      search: { entity: { id: string } }[];
      node: { citations: { paragraph: number; quote: string; source: Record<string, unknown> }[]; relationships: { edges: { node: { id: string }; relationship: { type: string; title: string; citations: { paragraph: number; quote: string; source: { id: string; title: string } }[] } }[] } };
      changes: { edges: { node: { operation: string; actor: string; citations: { source: { id: string }; quote: string }[] } }[] };
    }>(
      `{ search(text: "李毅", types: [PERSON]) { entity { id } }
         node(id: "person:li-yi") { ... on Person {
           citations { paragraph quote source { id title publisher publishedOn url } }
           relationships(types: [HOLDS_POSITION]) { edges { node { id } relationship { type title citations { paragraph quote source { id title } } } } } } }
         changes(entityId: "person:li-yi") { edges { node { operation actor citations { source { id } quote } } } } }`,
      {},
      EDITOR, // the audit trail names people: editors read it
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.search[0]!.entity.id).toBe('person:li-yi');
    expect(found.data!.node.citations).toEqual([
      { paragraph: 1, quote: '两江产业集团董事长李毅', source: { id: sourceId, title: META.title, publisher: '测试日报', publishedOn: '2020-04-24', url: 'https://example.org/visit' } },
    ]);
    expect(found.data!.node.relationships.edges).toEqual([
      {
        node: { id: 'enterprise:liangjiang-industry-group' },
        relationship: { type: 'HOLDS_POSITION', title: '董事长', citations: [{ paragraph: 1, quote: '两江产业集团董事长李毅', source: { id: sourceId, title: META.title } }] },
      },
    ]);
    // The history shows who accepted what from which document (besides the setup's delete).
    const fromDocument = found.data!.changes.edges.map((e) => e.node).filter((c) => c.citations[0]?.source.id === sourceId);
    expect(fromDocument.map((c) => [c.operation, c.actor, c.citations[0]!.quote]).sort()).toEqual([
      ['createPerson', 'api-key:alice', '两江产业集团董事长李毅'],
      ['link', 'api-key:alice', '两江产业集团董事长李毅'],
    ]);

    // paths: the new person reaches 两江产业集团 through the accepted position, the step with its citation.
    const paths = await api.query<{ paths: { length: number; steps: { from: { id: string }; to: { id: string }; type: string; citations: { source: { id: string; title: string }; quote: string }[] }[] }[] }>(
      `{ paths(fromId: "person:li-yi", toId: "enterprise:liangjiang-industry-group", maxLength: 2) {
          length steps { from { id } to { id } type citations { source { id title } quote } } } }`,
    );
    expect(paths.errors).toBeUndefined();
    expect(paths.data!.paths[0]).toEqual({
      length: 1,
      steps: [
        {
          from: { id: 'person:li-yi' },
          to: { id: 'enterprise:liangjiang-industry-group' },
          type: 'HOLDS_POSITION',
          citations: [{ source: { id: sourceId, title: META.title }, quote: '两江产业集团董事长李毅' }],
        },
      ],
    });

    const twice = await api.query(`mutation ($id: ID!) { acceptFactCandidate(input: { id: $id }) { candidate { id } } }`, { id: position.id }, EDITOR);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('rejects a candidate with a reason; re-processing does not propose it again', async () => {
    const listed = await api.query<{ source: { factCandidates: Candidate[] } }>(CANDIDATES, { id: sourceId, status: 'PENDING' });
    const located = listed.data!.source.factCandidates.find((c) => c.relationshipType === 'LOCATED_IN')!;
    expect(located).toMatchObject({ rule: 'LOCATED_CUE', fromId: 'enterprise:zhubajie', toId: 'platform:liangjiang-digital-economy-industrial-park', quote: '猪八戒网落户两江数字经济产业园' });
    const noReason = await api.query(`mutation ($id: ID!) { rejectFactCandidate(input: { id: $id, reason: " " }) { id } }`, { id: located.id }, EDITOR);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.reason' });
    const rejected = await api.query<{ rejectFactCandidate: Candidate }>(
      `mutation ($id: ID!) { rejectFactCandidate(input: { id: $id, reason: "the visit took place there; the text does not say it is based there" }) { id status reason } }`,
      { id: located.id },
      EDITOR,
    );
    expect(rejected.data!.rejectFactCandidate).toMatchObject({ status: 'REJECTED', reason: 'the visit took place there; the text does not say it is based there' });

    const again = await api.query<{ reprocessSource: { candidateCount: number; mentionCount: number } }>(
      `mutation ($id: ID!) { reprocessSource(id: $id) { mentionCount candidateCount } }`,
      { id: sourceId },
      EDITOR,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.reprocessSource.candidateCount).toBe(0);
    const all = await api.query<{ source: { factCandidates: Candidate[] } }>(CANDIDATES, { id: sourceId, status: null });
    expect(all.data!.source.factCandidates.map((c) => [c.relationshipType, c.status]).sort()).toEqual([
      ['HOLDS_POSITION', 'ACCEPTED'],
      ['LOCATED_IN', 'REJECTED'],
    ]);
    // 李毅 is now a known entity: the re-processed mentions link him.
    const mentions = await api.query<{ source: { mentions: { text: string; entities: { id: string }[] }[] } }>(`query ($id: ID!) { source(id: $id) { mentions { text entities { id } } } }`, { id: sourceId });
    expect(mentions.data!.source.mentions).toContainEqual({ text: '李毅', entities: [{ id: 'person:li-yi' }] });
  });
});
