import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from '../../clients/typescript/src/index.js';
import { createClient, GraphQLRequestError, TypedDocumentString } from '../../clients/typescript/src/index.js';
import { extraServers, type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, NOTE, testAuth } from '../support/editing.js';

const EXAMPLES_DIR = 'docs/queries';

/** Each worked example: its operation name, its text as documented, and the variables it documents. */
const examples = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const text = fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
    const variables = /^# variables: (.*)$/m.exec(text)?.[1];
    const name = /^query (\w+)/m.exec(text)![1]!;
    return [file, name, text, variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined] as const;
  });

function documentNamed(name: string): TypedDocumentString<unknown, unknown> {
  const document = (client as Record<string, unknown>)[`${name}Document`];
  if (!(document instanceof TypedDocumentString)) throw new Error(`the client has no ${name}Document`);
  return document as TypedDocumentString<unknown, unknown>;
}

describe('the typed client (clients/typescript)', () => {
  let api: SeededApi;
  const servers = extraServers(() => api);

  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth() });
  });

  afterAll(async () => {
    await servers.stopAll();
    await api?.stop();
  });

  it('has a typed document for every worked example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const [, name] of examples) expect(documentNamed(name).__meta__?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(examples)('runs %s (%s) and gets the answer the documented text gets', async (_file, name, text, variables) => {
    const { data, requestId, roundTrips } = await createClient({ url: api.server.graphqlUrl }).request(documentNamed(name), variables);
    const documented = await api.query(text, variables);
    expect(documented.errors).toBeUndefined();
    expect(data).toEqual(documented.data);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(roundTrips).toBeGreaterThanOrEqual(0);
  });

  it('by GET on a server that runs only trusted documents, with cacheable answers', async () => {
    const only = await servers.start({ production: true, trustedDocuments: { mode: 'only' } });
    const seen: Response[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push(response.clone());
      return response;
    };
    const getting = createClient({ url: only.graphqlUrl, getQueries: true, fetch: recording });
    const { data } = await getting.request(client.TaskCoverageDocument);
    expect(data.taskCoverage).toHaveLength(10);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get('cache-control')).toBe('max-age=60, public');
    const untrusted = new TypedDocumentString('{ graphStats { nodeCount } }') as unknown as TypedDocumentString<unknown, unknown>;
    const refused = await getting.request(untrusted).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphQLRequestError);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });

  it('keeps the bookmarks of a write and sends them with the next requests; sends and reports request ids', async () => {
    const sent: Headers[] = [];
    const editor = createClient({
      url: api.server.graphqlUrl,
      headers: bearer(KEYS.editor),
      fetch: async (input, init) => {
        sent.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    expect(editor.bookmarks).toEqual([]);
    const create = new TypedDocumentString(
      'mutation Create($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } } }',
    ) as unknown as TypedDocumentString<{ createEnterprise: { enterprise: { id: string } } }, { input: Record<string, unknown> }>;
    const created = await editor.request(create, { input: { name: '类型客户端测试公司', nameEn: 'Typed Client Test Co.', source: NOTE } }, { requestId: 'client-test.1' });
    expect(created.requestId).toBe('client-test.1');
    expect(sent[0]!.get('x-request-id')).toBe('client-test.1');
    expect(sent[0]!.get('neo4j-bookmarks')).toBeNull();
    expect(editor.bookmarks.length).toBeGreaterThan(0);
    const afterWrite = await editor.request(client.EntityDocument, { id: created.data.createEnterprise.enterprise.id });
    expect(sent[1]!.get('neo4j-bookmarks')).toBe(editor.bookmarks.join(','));
    expect(sent[1]!.get('x-request-id')).toBe(afterWrite.requestId);
    expect(afterWrite.data.node).toMatchObject({ name: '类型客户端测试公司' });
  });

  it('the example app in docs/client runs the worked examples against the running API', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'docs/client/example.ts', api.server.graphqlUrl], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^task 3 \S+ \(request [0-9a-f-]{36}\)$/);
    expect(lines.filter((line) => line.startsWith('  '))).toContainEqual(expect.stringContaining('重庆国际博览中心'));
    expect(lines.filter((line) => /^task \d+: /.test(line))).toHaveLength(10);
  });
});
