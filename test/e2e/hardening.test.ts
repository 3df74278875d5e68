import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '../../src/graphql/limits.js';
import { MAX_BODY_BYTES } from '../../src/http/graphql-body.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { extraServers, type SeededApi, startSeededApi } from '../support/api.js';

type LogLine = Record<string, unknown> & { msg: string; level: string };

/** A logger writing into `lines`, as the server's JSON lines, parsed. */
function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { logger: createLogger({ level: 'info', destination: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } }), lines };
}

/** The request's log line, once the response is closed (it is written then). */
async function lineOf(lines: LogLine[], requestId: string, msg = 'graphql request'): Promise<LogLine> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const line = lines.find((l) => l.requestId === requestId && l.msg === msg);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no "${msg}" line for request ${requestId}`);
}

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

async function send(url: string, init: RequestInit): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: RawResponse['body'] = {};
  if ((response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text) as RawResponse['body'];
  return { status: response.status, headers: response.headers, text, body };
}

function postJson(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

function nested(depth: number): string {
  const hops = Math.floor((depth - 2) / 2);
  return `{ node(id: "x") { ... on Entity { ${'relationships(first: 1) { nodes { '.repeat(hops)}id ${'} } '.repeat(hops)}} } }`;
}

/** Asserts a clean refusal: JSON, the status, no stack trace anywhere. */
function expectClean(response: RawResponse, status: number): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.text).not.toMatch(/stacktrace|\n\s+at /);
}

describe('request hardening', () => {
  let api: SeededApi;
  const { logger, lines } = memoryLogger();

  beforeAll(async () => {
    api = await startSeededApi({ logger });
  });

  afterAll(async () => {
    await api?.stop();
  });

  describe('operation limits', () => {
    it.each([
      ['depth 50', 'maxDepth', nested(50)],
      ['1,000 aliases', 'maxAliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
      ['three nested pages of 100', 'maxCost', '{ platforms(first: 100) { nodes { tasks(first: 100) { nodes { platforms(first: 100) { nodes { id } } } } } } }'],
      ['a document over the token limit', 'maxTokens', `{ nodes(ids: [${'"x" '.repeat(OPERATION_LIMITS.maxTokens)}]) { id } }`],
    ] as const)('refuses %s with 400 and QUERY_TOO_COMPLEX naming %s and its value', async (_case, limit, query) => {
      const response = await postJson(api.server.graphqlUrl, { query });
      expectClean(response, 400);
      const error = response.body.errors!.find((e) => e.extensions?.limit === limit);
      expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, maximum: OPERATION_LIMITS[limit] });
      expect(error!.message).toContain(String(OPERATION_LIMITS[limit]));
      expect(response.body.data).toBeUndefined();
    });

    it.each([
      ['a page over 100', '{ tasks(first: 101) { totalCount } }', 'first', 'maxPageSize', 100],
      ['101 ids', `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"x${i}"`).join(',')}]) { id } }`, 'ids', 'maxIds', 100],
      ['a neighbourhood 4 deep', '{ neighborhood(id: "person:wang-qi", depth: 4) { truncated } }', 'depth', 'maxNeighborhoodDepth', 3],
      ['a neighbourhood of 501', '{ neighborhood(id: "person:wang-qi", limit: 501) { truncated } }', 'limit', 'maxNeighborhoodLimit', 500],
      ['paths of 7 steps', '{ paths(fromId: "a", toId: "b", maxLength: 7) { length } }', 'maxLength', 'maxPathLength', 6],
      ['51 paths', '{ paths(fromId: "a", toId: "b", first: 51) { length } }', 'first', 'maxResults', 50],
      ['51 search hits', '{ search(text: "expo", first: 51) { score } }', 'first', 'maxResults', 50],
    ])('refuses %s with 400 and QUERY_TOO_COMPLEX naming the argument and the limit', async (_case, query, argument, limit, maximum) => {
      const response = await postJson(api.server.graphqlUrl, { query });
      expectClean(response, 400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', argument, limit, maximum });
      expect(response.body.errors![0]!.message).toContain(String(maximum));
    });

    it('keeps fragment cycles and unknown fields ordinary validation errors', async () => {
      const cycle = await postJson(api.server.graphqlUrl, { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
      expectClean(cycle, 400);
      expect(cycle.body.errors!.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(cycle.body.errors![0]!.message).toBe('Cannot spread fragment "A" within itself via "B".');
      const unknown = await postJson(api.server.graphqlUrl, { query: '{ graphStat { nodeCount } }' });
      expectClean(unknown, 400);
      expect(unknown.body.errors).toEqual([
        expect.objectContaining({
          message: 'Cannot query field "graphStat" on type "Query". Did you mean "graphStats"?',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });
  });

  describe('request bodies', () => {
    it(`refuses a body over ${MAX_BODY_BYTES} bytes with a 413 JSON error`, async () => {
      const response = await postJson(api.server.graphqlUrl, { query: '{ __typename }', variables: { padding: 'x'.repeat(MAX_BODY_BYTES) } });
      expectClean(response, 413);
      expect(response.body.errors).toEqual([
        {
          message: `the request body is larger than the limit of ${MAX_BODY_BYTES} bytes (1 MB)`,
          extensions: { code: 'BAD_REQUEST', limit: 'maxBodyBytes', maximum: MAX_BODY_BYTES },
        },
      ]);
    });

    it('refuses malformed JSON with a 400 JSON error', async () => {
      const response = await send(api.server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
      expectClean(response, 400);
      expect(response.body.errors![0]!.message).toMatch(/^the request body is not valid JSON: /);
      expect(response.body.errors![0]!.extensions).toEqual({ code: 'BAD_REQUEST' });
    });

    it('refuses a batch (a JSON array) with a 400 JSON error', async () => {
      const response = await postJson(api.server.graphqlUrl, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
      expectClean(response, 400);
      expect(response.body.errors![0]!.message).toBe('batched requests are not supported: send one operation per request, as a JSON object');
    });
  });

  describe('request ids and the request log', () => {
    it('echoes a sane x-request-id and logs one line for the request with its facts', async () => {
      const response = await postJson(
        api.server.graphqlUrl,
        { query: 'query Counted { tasks(first: 2) { nodes { id platforms { totalCount } } } }' },
        { 'x-request-id': 'trace-42.a:b_c-d' },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('trace-42.a:b_c-d');
      const line = await lineOf(lines, 'trace-42.a:b_c-d');
      expect(line).toMatchObject({
        level: 'info',
        msg: 'graphql request',
        service: 'chengyu-graph',
        operationName: 'Counted',
        status: 200,
        errorCodes: [],
        roundTrips: (response.body as { extensions: { neo4j: { roundTrips: number } } }).extensions.neo4j.roundTrips,
      });
      expect(line.roundTrips).toBeGreaterThan(0);
      expect(typeof line.durationMs).toBe('number');
      expect(typeof line.time).toBe('string');
      expect(lines.filter((l) => l.requestId === 'trace-42.a:b_c-d')).toHaveLength(1);
    });

    it.each([
      ['spaces', 'not a token'],
      ['a header over 128 characters', 'x'.repeat(129)],
      ['characters outside [A-Za-z0-9._:-]', 'id/../../etc'],
    ])('replaces an x-request-id with %s by a new UUID', async (_case, header) => {
      const response = await postJson(api.server.graphqlUrl, { query: '{ __typename }' }, { 'x-request-id': header });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      await lineOf(lines, id!);
      expect(lines.some((l) => JSON.stringify(l).includes(header))).toBe(false);
    });

    it('logs refused requests too: their status and error codes', async () => {
      const tooDeep = await postJson(api.server.graphqlUrl, { query: nested(50) });
      expect(await lineOf(lines, tooDeep.headers.get('x-request-id')!)).toMatchObject({
        status: 400,
        roundTrips: 0,
        errorCodes: expect.arrayContaining(['QUERY_TOO_COMPLEX']),
      });
      const tooLarge = await postJson(api.server.graphqlUrl, { query: '{ __typename }', variables: { padding: 'x'.repeat(MAX_BODY_BYTES) } });
      expect(await lineOf(lines, tooLarge.headers.get('x-request-id')!)).toMatchObject({ status: 413, errorCodes: ['BAD_REQUEST'], operationName: null });
      const plain = await send(api.server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' });
      expect(await lineOf(lines, plain.headers.get('x-request-id')!)).toMatchObject({ status: plain.status });
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a simple request (text/plain POST, GET without a preflight header) with 400 JSON', async () => {
      const plain = await send(api.server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expectClean(plain, 400);
      expect(plain.body.errors![0]!.message).toContain('Cross-Site Request Forgery');
      const get = await send(`${api.server.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
      expectClean(get, 400);
    });

    it('lets JSON requests and GETs with a preflight header through', async () => {
      const get = await send(`${api.server.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
        method: 'GET',
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      expect(get.body).toMatchObject({ data: { __typename: 'Query' } });
    });
  });

  it('sends no CORS headers without CORS_ORIGINS', async () => {
    const preflight = await send(api.server.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await postJson(api.server.graphqlUrl, { query: '{ __typename }' }, { origin: 'https://elsewhere.example.org' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  describe('servers of their own over the same database', () => {
    const servers = extraServers(() => api);
    const start = servers.start;

    afterAll(async () => {
      await servers.stopAll();
    });

    it('masks an unexpected error: a request id to quote, the full error in the log only', async () => {
      const own = memoryLogger();
      const broken = await start({ database: 'no-such-database', logger: own.logger });
      const response = await postJson(broken.graphqlUrl, { query: '{ graphStats { nodeCount } }' });
      const requestId = response.headers.get('x-request-id')!;
      expectClean(response, 200);
      expect(response.body.errors).toEqual([
        {
          message: `internal error; quote request id ${requestId}`,
          path: ['graphStats'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expect(response.text).not.toContain('no-such-database');
      const logged = await lineOf(own.lines, requestId, 'unexpected error');
      expect(logged).toMatchObject({ level: 'error', path: ['graphStats'], err: { message: expect.stringContaining('no-such-database') } });
      expect((logged.err as { stack: string }).stack).toMatch(/\n\s+at /);
      expect(await lineOf(own.lines, requestId)).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
    });

    it('in production: no introspection, no field suggestions, no GraphiQL', async () => {
      const production = await start({ production: true });
      const introspection = await postJson(production.graphqlUrl, { query: getIntrospectionQuery() });
      expectClean(introspection, 400);
      expect(introspection.body.errors![0]).toMatchObject({
        message: expect.stringContaining('introspection'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const unknown = await postJson(production.graphqlUrl, { query: '{ graphStat { nodeCount } }' });
      expectClean(unknown, 400);
      expect(unknown.body.errors![0]!.message).toBe('Cannot query field "graphStat" on type "Query". [Suggestion hidden]?');
      const graphiql = await send(`${production.url}/graphiql`, { method: 'GET' });
      expect(graphiql.status).toBe(404);
      expect(graphiql.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(graphiql.text).toContain('GRAPHIQL=true');
      const ordinary = await postJson(production.graphqlUrl, { query: '{ graphStats { nodeCount } }' });
      expect(ordinary.status).toBe(200);
      expect(ordinary.body.errors).toBeUndefined();
    });

    it('in production with INTROSPECTION and GRAPHIQL on: both served', async () => {
      const production = await start({ production: true, introspection: true, graphiql: true });
      const introspection = await postJson(production.graphqlUrl, { query: getIntrospectionQuery() });
      expect(introspection.status).toBe(200);
      expect(introspection.body.errors).toBeUndefined();
      const graphiql = await send(`${production.url}/graphiql`, { method: 'GET' });
      expect(graphiql.status).not.toBe(404);
    });

    it('with CORS origins: allows those origins and no other', async () => {
      const server = await start({ corsOrigins: ['https://explorer.example.org'] });
      const allowed = await send(server.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin: 'https://explorer.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      const post = await postJson(server.graphqlUrl, { query: '{ __typename }' }, { origin: 'https://explorer.example.org' });
      expect(post.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      const other = await postJson(server.graphqlUrl, { query: '{ __typename }' }, { origin: 'https://elsewhere.example.org' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
