import fs from 'node:fs';
import http from 'node:http';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/graphql/trusted-documents.js';
import { extraServers, type SeededApi, startSeededApi } from '../support/api.js';

const EXPLORER_MANIFEST = JSON.parse(fs.readFileSync('web/src/gql/persisted-documents.json', 'utf8')) as Record<string, string>;
const READ = '{ node(id: "platform:chengdu-science-city") { id ... on Entity { name } } }';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request as written, without fetch's additions (it sends `cache-control: no-cache` with If-None-Match, and picks its own encodings). */
function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers: init.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

function getUrl(url: string, params: Record<string, unknown>): string {
  const search = new URLSearchParams(
    Object.entries(params).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  return `${url}?${search}`;
}

/** GET /graphql with the header Apollo's CSRF prevention asks of a GET. */
function getQuery(url: string, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(getUrl(url, params), { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

function postQuery(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function decode(encoding: string, body: Buffer): string {
  return (encoding === 'br' ? zlib.brotliDecompressSync(body) : zlib.gunzipSync(body)).toString();
}

describe('for developers building on the API', () => {
  let api: SeededApi;
  const servers = extraServers(() => api);
  const start = servers.start;

  beforeAll(async () => {
    api = await startSeededApi();
  });

  afterAll(async () => {
    await servers.stopAll();
    await api?.stop();
  });

  describe('GET /schema.graphql', () => {
    it('serves the SDL of the schema the API answers introspection with', async () => {
      const download = await fetch(`${api.server.url}/schema.graphql`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const sdl = await download.text();
      const introspection = await api.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true }));
      expect(introspection.errors).toBeUndefined();
      expect(printSchema(lexicographicSortSchema(buildSchema(sdl)))).toBe(printSchema(lexicographicSortSchema(buildClientSchema(introspection.data!))));
      expect(sdl).toContain('type Query {');
      expect(sdl).toContain('"""One entity by its stable id');
    });

    it('is served in production, where introspection is off, and revalidates by ETag', async () => {
      const production = await start({ production: true });
      const download = await raw(`${production.url}/schema.graphql`);
      expect(download.status).toBe(200);
      expect(download.headers['cache-control']).toBe('no-cache');
      const etag = download.headers.etag!;
      expect(etag).toBeTruthy();
      const again = await raw(`${production.url}/schema.graphql`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const introspection = await postQuery(production.graphqlUrl, { query: getIntrospectionQuery() });
      expect(introspection.status).toBe(400);
    });

    it('answers 404 when turned off', async () => {
      const off = await start({ schemaDownload: false });
      expect((await fetch(`${off.url}/schema.graphql`)).status).toBe(404);
    });
  });

  describe('trusted documents', () => {
    const [hash, document] = Object.entries(EXPLORER_MANIFEST).find(([, text]) => text.includes('query GraphStats'))
      ?? Object.entries(EXPLORER_MANIFEST)[0]!;

    it('the manifest names every document by the SHA-256 of its text', () => {
      expect(Object.keys(EXPLORER_MANIFEST).length).toBeGreaterThan(3);
      for (const [key, text] of Object.entries(EXPLORER_MANIFEST)) expect(sha256Hex(text)).toBe(key);
    });

    it('in any mode: a trusted document answers by hash, and other documents register as automatic persisted queries', async () => {
      const byHash = await postQuery(api.server.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: {} });
      const body = (await byHash.json()) as { errors?: { extensions: { code: string } }[] };
      // Some explorer documents need variables; a variables error still shows the hash was found.
      expect(body.errors?.map((error) => error.extensions.code) ?? []).not.toContain('PERSISTED_QUERY_NOT_FOUND');

      const own = '{ graphStats { nodeCount } }';
      const ownHash = sha256Hex(own);
      const unknown = await postQuery(api.server.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: ownHash } } });
      expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
      const registered = await postQuery(api.server.graphqlUrl, { query: own, extensions: { persistedQuery: { version: 1, sha256Hash: ownHash } } });
      expect((await registered.json()) as object).toMatchObject({ data: { graphStats: { nodeCount: expect.any(Number) } } });
      const again = await getQuery(api.server.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: ownHash } } });
      expect((await again.json()) as object).toMatchObject({ data: { graphStats: { nodeCount: expect.any(Number) } } });
    });

    it('with TRUSTED_DOCUMENTS=only: an unknown document is refused, by text or by hash; trusted ones run, by hash or text', async () => {
      const only = await start({ production: true, trustedDocuments: { mode: 'only' } });
      const unknown = await postQuery(only.graphqlUrl, { query: READ });
      expect(unknown.status).toBe(403);
      const refusal = (await unknown.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(refusal.data).toBeUndefined();
      expect(refusal.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('TRUSTED_DOCUMENTS=only') });
      expect(refusal.errors[0]!.message).toContain(sha256Hex(READ));

      const registering = await postQuery(only.graphqlUrl, { query: READ, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(READ) } } });
      expect(registering.status).toBe(403);
      const notRegistered = await postQuery(only.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(READ) } } });
      expect(await notRegistered.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });

      const stats = Object.entries(EXPLORER_MANIFEST).find(([, text]) => /^query \w+ \{ graphStats/.test(text) || !text.includes('$'));
      expect(stats, 'the explorer has a document without variables').toBeDefined();
      const [statsHash, statsText] = stats!;
      const trustedByHash = await postQuery(only.graphqlUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: statsHash } } });
      expect(trustedByHash.status).toBe(200);
      expect(((await trustedByHash.json()) as { errors?: unknown }).errors).toBeUndefined();
      const trustedByText = await postQuery(only.graphqlUrl, { query: statsText });
      expect(trustedByText.status).toBe(200);
      expect(document).toBeTruthy();
    });

    it('a deployment adds its own manifest with TRUSTED_DOCUMENTS_MANIFESTS', async () => {
      const file = `${fs.mkdtempSync('/tmp/trusted-')}/manifest.json`;
      fs.writeFileSync(file, JSON.stringify({ [sha256Hex(READ)]: READ }));
      const only = await start({ trustedDocuments: { mode: 'only', manifests: [file] } });
      const response = await postQuery(only.graphqlUrl, { query: READ });
      expect(await response.json()).toMatchObject({ data: { node: { id: 'platform:chengdu-science-city', name: '成都科学城' } } });
      fs.writeFileSync(file, JSON.stringify({ [sha256Hex('{ x }')]: READ }));
      await expect(start({ trustedDocuments: { mode: 'only', manifests: [file] } })).rejects.toThrow(/is not the SHA-256/);
    });
  });

  describe('HTTP caching of reads', () => {
    it('a GET read carries Cache-Control from the cache hints and an ETag; a matching If-None-Match gets 304', async () => {
      const preflighted = { 'apollo-require-preflight': 'true' };
      const url = getUrl(api.server.graphqlUrl, { query: READ });
      const first = await raw(url, { headers: preflighted });
      expect(first.status).toBe(200);
      expect(JSON.parse(first.body.toString())).toMatchObject({ data: { node: { name: '成都科学城' } } });
      expect(first.headers['cache-control']).toBe('max-age=60, public');
      expect(first.headers.vary).toMatch(/authorization, neo4j-bookmarks/);
      const etag = first.headers.etag!;
      expect(etag).toMatch(/^W\/"/);
      const revalidated = await raw(url, { headers: { ...preflighted, 'if-none-match': etag } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body.length).toBe(0);
      const other = await raw(getUrl(api.server.graphqlUrl, { query: READ.replace('name', 'nameEn') }), { headers: { ...preflighted, 'if-none-match': etag } });
      expect(other.status).toBe(200);
      expect(other.body.toString()).not.toBe(first.body.toString());
    });

    it('nothing user-specific or changing is cached: POST, credentials, bookmarks, the change log, errors', async () => {
      const post = await postQuery(api.server.graphqlUrl, { query: READ });
      expect(post.headers.get('cache-control')).toBe('no-store');
      const withCredentials = await getQuery(api.server.graphqlUrl, { query: READ }, { authorization: 'Bearer nobody' });
      expect(withCredentials.headers.get('cache-control')).toBe('no-store');
      const withBookmarks = await getQuery(api.server.graphqlUrl, { query: READ }, { 'neo4j-bookmarks': 'FB:kcwQ' });
      expect(withBookmarks.headers.get('cache-control')).toBe('no-store');
      // Reading the change log takes credentials (CHANGES_READ_ROLE), so it is never cached; nor is an anonymous refusal.
      const changes = await getQuery(api.server.graphqlUrl, { query: '{ changes(entityId: "platform:chengdu-science-city") { totalCount } }' });
      expect(((await changes.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
      expect(changes.headers.get('cache-control')).toBe('no-store');
      const failing = await getQuery(api.server.graphqlUrl, { query: '{ node(id: "platform:nowhere") { id } }' });
      expect(failing.headers.get('cache-control')).toBe('no-store');
    });

    it('HTTP_CACHE_MAX_AGE sets the default max-age; 0 caches nothing', async () => {
      const short = await start({ httpCacheMaxAge: 5 });
      expect((await getQuery(short.graphqlUrl, { query: READ })).headers.get('cache-control')).toBe('max-age=5, public');
      const none = await start({ httpCacheMaxAge: 0 });
      expect((await getQuery(none.graphqlUrl, { query: READ })).headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('compression', () => {
    const bigRead = '{ platforms(first: 100) { edges { node { id name nameEn summary } } } }';

    it.each(['br', 'gzip'])('compresses JSON and the schema with %s when asked, and not otherwise', async (encoding) => {
      const post = (acceptEncoding: string) =>
        raw(api.server.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
          body: JSON.stringify({ query: bigRead }),
        });
      const plain = await post('identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const json = await post(encoding);
      expect(json.headers['content-encoding']).toBe(encoding);
      expect(json.body.length).toBeLessThan(plain.body.length / 2);
      expect(decode(encoding, json.body)).toBe(plain.body.toString());
      const sdl = await raw(`${api.server.url}/schema.graphql`, { headers: { 'accept-encoding': encoding } });
      expect(sdl.headers['content-encoding']).toBe(encoding);
      expect(decode(encoding, sdl.body)).toContain('type Query {');
    });
  });

  describe('CORS', () => {
    const preflight = (url: string, origin: string) =>
      fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

    it('without CORS_ORIGINS a preflight is refused with a message saying CORS is off and naming CORS_ORIGINS', async () => {
      const response = await preflight(api.server.graphqlUrl, 'https://app.example.org');
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toBe(
        'CORS is off on this server, so pages of other origins cannot call /graphql: set CORS_ORIGINS=https://app.example.org to allow https://app.example.org',
      );
    });

    it('with CORS_ORIGINS a preflight from another origin is refused naming the allowed ones; a listed origin is allowed', async () => {
      const server = await start({ corsOrigins: ['https://explorer.example.org'] });
      const other = await preflight(server.graphqlUrl, 'https://app.example.org');
      expect(other.status).toBe(403);
      expect(((await other.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain(
        'https://app.example.org is not in CORS_ORIGINS (https://explorer.example.org)',
      );
      const listed = await preflight(server.graphqlUrl, 'https://explorer.example.org');
      expect(listed.status).toBe(204);
      expect(listed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
    });
  });
});
