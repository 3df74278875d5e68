import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/graphql-body.js';
import { createLogger } from '../../src/logging/logger.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { type GraphCounts, graphCounts } from '../support/curated.js';
import { AGREEMENT, bearer, KEYS, testAuth } from '../support/editing.js';
import { TEST_DATABASE } from '../support/neo4j.js';

/** Text that would do harm if it reached Cypher or Lucene as syntax instead of as a parameter. */
const HOSTILE = [
  '") OR 1=1 //',
  "' OR '1'='1",
  '*:*',
  '\\',
  'MATCH (n) DETACH DELETE n',
  '"}) MATCH (n) DETACH DELETE n //',
  '`Entity` RETURN 1 //',
  '$(ids)',
  '$(',
  'name:* OR id:*',
  '[* TO *]',
  '港~ AND NOT ^2 || &&',
  '/.*/',
  '\u0000\u0001',
];

const EDITOR = bearer(KEYS.editor);
const NOTE = { note: 'hostile-input suite' };

/** How the API must answer: the HTTP status, and the code of every error (none: data, no errors). */
interface Expected {
  status: number;
  codes?: string[];
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('hostile input', () => {
  let api: SeededApi;
  let before: GraphCounts;
  let changesBefore: number;
  const logged: { level: string; msg: string; status?: number }[] = [];

  const changeCount = async () => {
    const { records } = await api.driver.executeQuery('MATCH (c:Change) RETURN count(c) AS n', {}, { database: TEST_DATABASE });
    return records[0]!.get('n') as number;
  };

  async function send(init: RequestInit & { path?: string }): Promise<Answer> {
    const response = await fetch(`${api.server.url}${init.path ?? '/graphql'}`, { method: 'POST', ...init });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    return { status: response.status, contentType, text, body: contentType.includes('json') ? (JSON.parse(text) as Answer['body']) : {} };
  }

  const json = (payload: unknown, headers: Record<string, string> = {}) =>
    send({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

  /** Every refusal: the expected status and codes, JSON, a message, no stack trace, never a 5xx. */
  function expectCleanAnswer(answer: Answer, expected: Expected): void {
    expect(answer.status, answer.text.slice(0, 500)).toBe(expected.status);
    expect(answer.contentType).toMatch(/^application\/(graphql-response\+)?json/);
    expect(answer.text).not.toMatch(/stacktrace|\bat .+:\d+:\d+\)?/);
    const errors = answer.body.errors ?? [];
    expect(errors.map((error) => error.extensions?.code)).toEqual(expected.codes ?? []);
    for (const error of errors) expect(error.message.length).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => logged.push(JSON.parse(line) as (typeof logged)[number]) },
    });
    api = await startSeededApi({ auth: testAuth(), logger });
    before = await graphCounts(api.driver);
    changesBefore = await changeCount();
  });

  afterAll(async () => {
    await api?.stop();
  });

  describe('the HTTP request', () => {
    it.each<[string, RequestInit, Expected]>([
      ['malformed JSON', { headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }",' }, { status: 400, codes: ['BAD_REQUEST'] }],
      ['a JSON string instead of an object', { headers: { 'content-type': 'application/json' }, body: '"{ __typename }"' }, { status: 400, codes: ['BAD_REQUEST'] }],
      ['an empty JSON object', { headers: { 'content-type': 'application/json' }, body: '{}' }, { status: 400, codes: ['BAD_REQUEST'] }],
      ['a batch', { headers: { 'content-type': 'application/json' }, body: '[{"query":"{ __typename }"}]' }, { status: 400, codes: ['BAD_REQUEST'] }],
      ['text/plain', { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }, { status: 400, codes: ['BAD_REQUEST'] }],
      [
        'a form-encoded body',
        { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' },
        { status: 400, codes: ['BAD_REQUEST'] },
      ],
      ['no content type', { body: '{"query":"{ __typename }"}' }, { status: 400, codes: ['BAD_REQUEST'] }],
      [
        'an unsupported charset',
        { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ __typename }"}' },
        { status: 415, codes: ['BAD_REQUEST'] },
      ],
      [
        'a body over the limit',
        { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(MAX_BODY_BYTES) } }) },
        { status: 413, codes: ['BAD_REQUEST'] },
      ],
      [
        'variables nested 100,000 deep',
        { headers: { 'content-type': 'application/json' }, body: `{"query":"query($t: String!) { search(text: $t) { score } }","variables":{"t":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` },
        { status: 400, codes: ['QUERY_TOO_COMPLEX'] },
      ],
      ['a query that is a number', { headers: { 'content-type': 'application/json' }, body: '{"query": 42}' }, { status: 400, codes: ['BAD_REQUEST'] }],
      ['variables that are a string', { headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }","variables":"{}"}' }, { status: 400, codes: ['BAD_REQUEST'] }],
    ])('refuses %s cleanly', async (_case, init, expected) => {
      expectCleanAnswer(await send(init), expected);
    });
  });

  describe('the operation', () => {
    const nested = (depth: number) => {
      const hops = Math.floor((depth - 2) / 2);
      return `{ node(id: "x") { ... on Entity { ${'relationships(first: 1) { nodes { '.repeat(hops)}id ${'} } '.repeat(hops)}} } }`;
    };

    it.each<[string, Record<string, unknown>, Expected]>([
      ['depth 50', { query: nested(50) }, { status: 400, codes: ['QUERY_TOO_COMPLEX', 'QUERY_TOO_COMPLEX'] }],
      ['1,000 aliases', { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: graphStats { nodeCount }`).join(' ')} }` }, { status: 400, codes: ['QUERY_TOO_COMPLEX'] }],
      ['1,000 aliases of __typename', { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }, { status: 400, codes: ['QUERY_TOO_COMPLEX'] }],
      ['a fragment cycle', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }, { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] }],
      ['an unknown field', { query: '{ graphStats { nodeCount secrets } }' }, { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] }],
      ['a syntax error', { query: '{ graphStats { nodeCount }' }, { status: 400, codes: ['GRAPHQL_PARSE_FAILED'] }],
      ['an empty query', { query: '' }, { status: 400, codes: ['BAD_REQUEST'] }],
      ['an Int variable given a string', { query: 'query($n: Int) { tasks(first: $n) { totalCount } }', variables: { n: 'ten' } }, { status: 400, codes: ['BAD_USER_INPUT'] }],
      ['an Int variable given 2^40', { query: 'query($n: Int) { tasks(first: $n) { totalCount } }', variables: { n: 2 ** 40 } }, { status: 400, codes: ['BAD_USER_INPUT'] }],
      // graphql-armor's cost estimate multiplies by the literal before the Int check rejects it.
      [
        'an Int literal over 32 bits',
        { query: '{ tasks(first: 99999999999) { totalCount } }' },
        { status: 400, codes: ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED'] },
      ],
      ['a list variable given an object', { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: { $ne: null } } }, { status: 400, codes: ['BAD_USER_INPUT'] }],
      ['an enum given an unknown value', { query: '{ search(text: "expo", types: [SPACESHIP]) { score } }' }, { status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] }],
      ['a missing required variable', { query: 'query($id: ID!) { node(id: $id) { id } }' }, { status: 400, codes: ['BAD_USER_INPUT'] }],
      ['an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }, { status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'] }],
      ['a 1 MB search text, under the body limit', { query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: '港'.repeat(300_000) } }, { status: 200, codes: ['BAD_USER_INPUT'] }],
      ['a 1 MB name filter', { query: 'query($t: String!) { platforms(where: { nameContains: $t }) { totalCount } }', variables: { t: 'x'.repeat(1_000_000) } }, { status: 200, codes: ['BAD_USER_INPUT'] }],
      ['a 1 MB id', { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: 'x'.repeat(1_000_000) } }, { status: 200, codes: ['NOT_FOUND'] }],
      ['an empty id', { query: '{ node(id: "") { id } }' }, { status: 200, codes: ['NOT_FOUND'] }],
      ['101 ids', { query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) } }, { status: 400, codes: ['QUERY_TOO_COMPLEX'] }],
      ['a cursor this API never issued', { query: '{ tasks(after: "JyBPUiAxPTE=") { totalCount } }' }, { status: 200, codes: ['BAD_USER_INPUT'] }],
      ['a mutation without credentials', { query: `mutation { deleteEntity(input: { id: "task:2020-01", source: { note: "x" } }) { deletedId } }` }, { status: 401, codes: ['UNAUTHENTICATED'] }],
    ])('answers %s cleanly', async (_case, payload, expected) => {
      expectCleanAnswer(await json(payload), expected);
    });
  });

  describe('text full of Cypher and Lucene syntax stays a parameter', () => {
    it.each(HOSTILE)('search(text: %j) answers a list', async (text) => {
      const answer = await json({ query: 'query($t: String!) { search(text: $t) { entity { id } } }', variables: { t: text } });
      expectCleanAnswer(answer, { status: 200 });
      expect(Array.isArray((answer.body.data as { search: unknown[] }).search)).toBe(true);
    });

    it.each(HOSTILE)('platforms(where: { nameContains: %j }) answers a connection', async (text) => {
      const answer = await json({ query: 'query($t: String!) { platforms(where: { nameContains: $t }) { totalCount } }', variables: { t: text } });
      expectCleanAnswer(answer, { status: 200 });
      expect((answer.body.data as { platforms: { totalCount: number } }).platforms.totalCount).toBe(0);
    });

    it.each(HOSTILE)('node, neighborhood, paths and changes of the id %j: not found, nothing else', async (id) => {
      const answer = await json({
        query: `query($id: ID!) {
          node(id: $id) { id }
        }`,
        variables: { id },
      });
      expectCleanAnswer(answer, { status: 200, codes: ['NOT_FOUND'] });
      const explore = await json({ query: 'query($id: ID!) { neighborhood(id: $id) { truncated } }', variables: { id } });
      expectCleanAnswer(explore, { status: 200, codes: ['NOT_FOUND'] });
      const paths = await json({ query: 'query($id: ID!) { paths(fromId: $id, toId: "task:2020-01") { length } }', variables: { id } });
      expectCleanAnswer(paths, { status: 200, codes: ['NOT_FOUND'] });
      const changes = await json({ query: 'query($id: ID!) { changes(entityId: $id) { totalCount } }', variables: { id } }, bearer(KEYS.editor));
      expectCleanAnswer(changes, { status: 200 });
      expect(changes.body.data).toEqual({ changes: { totalCount: 0 } });
      const filtered = await json({ query: 'query($id: ID!) { entities(where: { ids: [$id], area: $id }) { totalCount } }', variables: { id } });
      expect(filtered.status).toBeLessThan(500);
      expect(filtered.text).not.toContain('INTERNAL_SERVER_ERROR');
    });
  });

  describe('mutations with an editor key', () => {
    const ids = HOSTILE.filter((text) => text.trim() !== '');

    it.each(ids)('link, unlink, update and record progress refuse the id %j', async (id) => {
      const link = await json(
        { query: 'mutation($id: ID!, $s: SourceInput!) { link(input: { from: $id, type: SERVES, to: "task:2020-01", source: $s }) { created } }', variables: { id, s: NOTE } },
        EDITOR,
      );
      expectCleanAnswer(link, { status: 200, codes: [expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/) as unknown as string] });
      const unlink = await json(
        { query: 'mutation($id: ID!, $s: SourceInput!) { unlink(input: { from: "platform:chengdu-science-city", type: SERVES, to: $id, source: $s }) { removed } }', variables: { id, s: NOTE } },
        EDITOR,
      );
      expect(unlink.status).toBeLessThan(500);
      expect(unlink.text).not.toContain('INTERNAL_SERVER_ERROR');
      const update = await json(
        {
          query: 'mutation($id: ID!, $t: String!, $s: SourceInput!) { updateEnterprise(input: { id: $id, name: $t, source: $s }) { enterprise { id } } }',
          variables: { id, t: id, s: NOTE },
        },
        EDITOR,
      );
      expectCleanAnswer(update, { status: 200, codes: [expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/) as unknown as string] });
      const progress = await json(
        {
          query: 'mutation($id: ID!, $t: String!, $s: SourceInput!) { recordProgress(input: { entityId: $id, date: $t, note: $t, source: $s }) { progress { id } } }',
          variables: { id, t: id, s: NOTE },
        },
        EDITOR,
      );
      expectCleanAnswer(progress, { status: 200, codes: [expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/) as unknown as string] });
    });

    it.each(ids)('createEnterprise refuses %j as an id, and as a name whose quote is not in the source', async (text) => {
      const asId = await json(
        {
          query: 'mutation($t: String!, $id: ID!, $s: SourceInput!) { createEnterprise(input: { id: $id, name: $t, nameEn: $t, source: $s }) { enterprise { id } } }',
          variables: { t: `hostile ${text}`, id: text, s: NOTE },
        },
        EDITOR,
      );
      expectCleanAnswer(asId, { status: 200, codes: ['BAD_USER_INPUT'] });
      const asName = await json(
        {
          query: 'mutation($t: String!, $s: SourceInput!) { createEnterprise(input: { name: $t, nameEn: $t, source: $s }) { enterprise { id } } }',
          variables: { t: `hostile ${text}`, s: { citation: { source: AGREEMENT, paragraph: 45, quote: text } } },
        },
        EDITOR,
      );
      expectCleanAnswer(asName, { status: 200, codes: ['BAD_USER_INPUT'] });
    });

    it('refuses a 1 MB name under the body limit, and one over it', async () => {
      const query = 'mutation($t: String!, $s: SourceInput!) { createEnterprise(input: { name: $t, nameEn: "x", source: $s }) { enterprise { id } } }';
      const under = await json({ query, variables: { t: '名'.repeat(330_000), s: NOTE } }, EDITOR);
      expectCleanAnswer(under, { status: 200, codes: ['BAD_USER_INPUT'] });
      expect(under.body.errors![0]!.message).toContain('name');
      const over = await json({ query, variables: { t: 'x'.repeat(MAX_BODY_BYTES), s: NOTE } }, EDITOR);
      expectCleanAnswer(over, { status: 413, codes: ['BAD_REQUEST'] });
    });

    it('refuses a delete by an editor', async () => {
      const answer = await json({ query: 'mutation($s: SourceInput!) { deleteEntity(input: { id: "task:2020-01", source: $s }) { deletedId } }', variables: { s: NOTE } }, EDITOR);
      expectCleanAnswer(answer, { status: 403, codes: ['FORBIDDEN'] });
    });
  });

  describe('afterwards', () => {
    it('the server is up and answers an ordinary query', async () => {
      const health = await fetch(`${api.server.url}/healthz`);
      expect(health.status).toBe(200);
      const answer = await api.post<{ tasks: { totalCount: number } }>('{ tasks { totalCount } }');
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data!.tasks.totalCount).toBeGreaterThan(0);
    });

    it('the graph is unchanged, and no change was recorded', async () => {
      expect(await graphCounts(api.driver)).toEqual(before);
      expect(await changeCount()).toBe(changesBefore);
    });

    it('nothing was an unexpected error, and no request answered 5xx', () => {
      expect(logged.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
      expect(logged.filter((line) => (line.status ?? 0) >= 500)).toEqual([]);
      expect(logged.filter((line) => line.msg === 'graphql request').length).toBeGreaterThan(100);
    });
  });
});
