import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { MAX_ERRORS } from '../../src/graphql/plugins/error-bounds.js';
import { MAX_VARIABLE_VALUES } from '../../src/http/graphql-body.js';
import { createLogger } from '../../src/logging/logger.js';
import { startServer } from '../../src/server.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, NOTE, testAuth } from '../support/editing.js';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as Answer['json']) : {};
  return { status: response.status, headers: response.headers, text, json };
}

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

const codes = (answer: Answer) => (answer.json.errors ?? []).map((e) => e.extensions?.code);

function unknownKeys(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
}

describe('answers stay small and clean, whatever the request', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth(), headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    await api.stop();
  });
  const url = () => api.server.graphqlUrl;
  const platforms = 'query($w: PlatformWhere) { platforms(where: $w) { totalCount } }';

  it('a 1 MB variable object of 68,000 unknown keys is refused at once, in a few hundred bytes', async () => {
    const answer = await post(url(), { query: platforms, variables: { w: unknownKeys(68_000) } });
    expect(answer.status).toBe(400);
    expect(answer.text.length).toBeLessThan(1_000);
    expect(answer.json.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxVariableValues', maximum: MAX_VARIABLE_VALUES } }),
    ]);
  });

  it('variables under that limit with many errors: at most MAX_ERRORS bounded messages, all BAD_USER_INPUT, HTTP 400', async () => {
    const answer = await post(url(), { query: platforms, variables: { w: unknownKeys(900) } });
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toHaveLength(MAX_ERRORS);
    expect(answer.json.extensions).toMatchObject({ errorsOmitted: expect.any(Number) });
    expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
    for (const error of answer.json.errors!) expect(error.message.length).toBeLessThanOrEqual(500);
    expect(answer.text.length).toBeLessThan(15_000);
  });

  it('variables nested deeper than 10 levels are refused', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 12; i++) deep = [deep];
    const answer = await post(url(), { query: 'query($ids: [ID!]) { nodes(ids: $ids) { id } }', variables: { ids: deep } });
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxVariableDepth' });
  });

  it('a subscription is a validation error (400), not an internal one', async () => {
    const answer = await post(url(), { query: 'subscription { __typename }' });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.json.errors![0]!.message).toMatch(/no subscription operations/);
  });

  it.each(['/assets/%00', '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json'])(
    'GET %s: a short 4xx without stack trace or path',
    async (path) => {
      const answer = await send(new URL(path, api.server.url).href, {});
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toMatch(/\n\s+at |node_modules|\/work\/|<pre>|"name"\s*:/);
    },
  );

  it.each(['gzip', 'deflate', 'br'])('a body that is not %s as its content-encoding says is a 400', async (encoding) => {
    const answer = await send(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(answer.json.errors![0]!.message).toMatch(new RegExp(`not valid ${encoding} data`));
  });

  it('a gzip body that is gzip is read', async () => {
    const answer = await send(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: zlib.gzipSync(JSON.stringify({ query: '{ __typename }' })),
    });
    expect(answer.json).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('a cursor past 32 bits is BAD_USER_INPUT naming after', async () => {
    const after = Buffer.from('offset:99999999999').toString('base64url');
    const answer = await post(url(), { query: 'query($a: String) { platforms(after: $a) { totalCount } }', variables: { a: after } });
    expect(answer.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('the audit trail needs the editor role by default', async () => {
    const query = { query: '{ changes(entityId: "platform:chengdu-science-city") { totalCount } }' };
    expect(codes(await post(url(), query))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await post(url(), query, bearer(KEYS.reader)))).toEqual(['FORBIDDEN']);
    // Through a fragment too.
    const fragment = { query: '{ ...Audit } fragment Audit on Query { history: changes(entityId: "x") { totalCount } }' };
    expect(codes(await post(url(), fragment))).toEqual(['UNAUTHENTICATED']);
    const allowed = await post(url(), query, bearer(KEYS.editor));
    expect(allowed.json.errors).toBeUndefined();
    expect(allowed.json.data).toEqual({ changes: { totalCount: expect.any(Number) } });
  });

  it('two mutations in one operation: each commits on its own, and a failed one is null next to the other', async () => {
    const answer = await post(
      url(),
      {
        query: `mutation {
          first: createEnterprise(input: { name: "分段测试甲", nameEn: "Partial Test A", source: ${JSON.stringify(NOTE).replace(/"(\w+)":/g, '$1:')} }) { enterprise { id } }
          second: createEnterprise(input: { name: "", nameEn: "Partial Test B", source: { note: "n" } }) { enterprise { id } }
        }`,
      },
      bearer(KEYS.editor),
    );
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual({ first: { enterprise: { id: 'enterprise:partial-test-a' } }, second: null });
    expect(answer.json.errors).toEqual([expect.objectContaining({ path: ['second'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    const stored = await post(url(), { query: '{ node(id: "enterprise:partial-test-a") { id } }' });
    expect(stored.json.data).toEqual({ node: { id: 'enterprise:partial-test-a' } });
  });

  it('no X-Powered-By header', async () => {
    const answer = await post(url(), { query: '{ __typename }' });
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('a client that sends its headers too slowly is cut off (headersTimeout)', async () => {
    const { port } = new URL(url());
    const started = Date.now();
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a body that never completes is cut off (requestTimeout)', async () => {
    const { port } = new URL(url());
    const started = Date.now();
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () =>
        socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":'),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});

describe('production mode', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ production: true });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('suggests no enum value, in a literal or in a variable', async () => {
    const literal = await post(api.server.graphqlUrl, { query: '{ platforms(where: { kind: [EXPO_CENTRE] }) { totalCount } }' });
    const variable = await post(api.server.graphqlUrl, {
      query: 'query($k: [PlatformKind!]) { platforms(where: { kind: $k }) { totalCount } }',
      variables: { k: ['EXPO_CENTRE'] },
    });
    for (const answer of [literal, variable]) {
      expect(answer.status).toBe(400);
      expect(answer.text).not.toMatch(/Did you mean|EXPO_CENTER/);
    }
  });

  it('no X-Powered-By header', async () => {
    const answer = await send(new URL('/healthz', api.server.url).href, {});
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });
});

describe('a Neo4j that cannot be reached, behind a URI with credentials', () => {
  it('clients see neither the address nor the credentials; the log has the detail with the credentials redacted', async () => {
    const port = await freePort();
    const uri = `bolt://neo:s3cret-pw@127.0.0.1:${port}`;
    const lines: string[] = [];
    const driver = createDriver({ uri: `bolt://127.0.0.1:${port}`, credentials: { user: 'neo', password: 's3cret-pw' } });
    const server = await startServer({
      driver,
      neo4jUri: uri,
      database: 'neo4j',
      transactionTimeoutMs: 2_000,
      host: '127.0.0.1',
      port: 0,
      logger: createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } }),
    });
    try {
      const answer = await post(server.graphqlUrl, { query: '{ node(id: "platform:chengdu-science-city") { id } }' });
      expect(codes(answer)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(answer.json.errors![0]!.message).toMatch(/^the database is unavailable \(Neo4j cannot be reached\), retry later; quote request id \S+$/);
      const ready = await send(new URL('/readyz', server.url).href, {});
      expect(ready.status).toBe(503);
      expect(ready.json).toEqual({ status: 'unavailable', reason: 'Neo4j cannot be reached' });
      for (const text of [answer.text, ready.text]) expect(text).not.toMatch(/s3cret|127\.0\.0\.1|neo:|ECONNREFUSED/);
      const log = lines.join('\n');
      expect(log).toContain(`bolt://***@127.0.0.1:${port}`);
      expect(log).not.toContain('s3cret');
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});

describe('CORS off (no CORS_ORIGINS)', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('a browser preflight is told CORS is off and how to turn it on', async () => {
    const answer = await send(api.server.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.json.errors![0]!.message).toMatch(/CORS is off .*CORS_ORIGINS=https:\/\/elsewhere\.example\.org/);
  });
});
