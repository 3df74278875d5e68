import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/backup/export.js';
import { RECORD_KINDS } from '../../src/backup/records.js';
import { directorySink } from '../../src/backup/sink.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, testAuth } from '../support/editing.js';
import { filesOf } from '../support/files.js';
import { TEST_DATABASE } from '../support/neo4j.js';

/** The entries of a gzipped tar, by name. */
async function untar(body: ArrayBuffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      files.set(header.name, Buffer.concat(chunks));
      next();
    });
  });
  const done = new Promise<void>((resolve, reject) => {
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([Buffer.from(body)]).pipe(createGunzip()).pipe(extract);
  await done;
  return files;
}

describe('GET /admin/backup', () => {
  let api: SeededApi;
  let dir: string;
  const url = () => new URL('/admin/backup', api.server.graphqlUrl).toString();

  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth() });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-backup-download-'));
  });

  afterAll(async () => {
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('streams to an admin the same files npm run export writes', async () => {
    const response = await fetch(url(), { headers: bearer(KEYS.admin) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gzip');
    const downloaded = await untar(await response.arrayBuffer());

    const folder = path.join(dir, 'export');
    await exportGraph(api.driver, () => directorySink(folder, RECORD_KINDS.map((k) => k.folder)), { database: TEST_DATABASE });
    const written = filesOf(folder);
    expect([...downloaded.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [name, bytes] of written) expect(downloaded.get(name)!.equals(bytes), name).toBe(true);
  });

  it.each([
    ['no credentials', {}, 401, 'UNAUTHENTICATED'],
    ['an editor', bearer(KEYS.editor), 403, 'FORBIDDEN'],
  ])('refuses %s', async (_who, headers, status, code) => {
    const response = await fetch(url(), { headers });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
  });
});
