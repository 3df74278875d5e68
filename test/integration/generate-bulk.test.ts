import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { bulkLoadApplies, bulkLoadSyntheticGraph } from '../../src/generate/bulk/load.js';
import { clearSyntheticGraph, generateSyntheticGraph, SyntheticGraphError } from '../../src/generate/generate.js';
import { seedCuratedGraph } from '../support/curated.js';
import { TEST_DATABASE, testDriver } from '../support/neo4j.js';

const options = { enterprises: 300, seed: 7 };

/** Every node and relationship with its labels, properties and their stored types, in a stable order. */
async function dump(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    `MATCH (n)
     RETURN labels(n) AS labels, properties(n) AS properties, [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
    {},
    { database: TEST_DATABASE },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.id, a.number) AS from, type(r) AS type, coalesce(b.id, b.number) AS to, properties(r) AS properties,
            [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
    {},
    { database: TEST_DATABASE },
  );
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)]))
        : value;
  return [...nodes.records, ...relationships.records]
    .map((record) => JSON.stringify(sorted({ ...record.toObject(), labels: record.has('labels') ? [...record.get('labels')].sort() : undefined, types: [...record.get('types')].sort() })))
    .sort();
}

const ROOT = new URL('../../', import.meta.url).pathname;

describe('npm run generate into a new data folder (Neo4j bulk importer)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-bulk-'));
  let local: LocalNeo4j | undefined;
  let bulkDriver: Driver | undefined;
  let cli: { stdout: string; stderr: string };
  let shared: Driver;

  beforeAll(async () => {
    shared = testDriver();
    // What an interrupted run leaves: its marker and a half-written store.
    fs.mkdirSync(path.join(dataDir, 'data', 'databases', TEST_DATABASE), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'data', 'databases', TEST_DATABASE, 'half-written'), '');
    fs.writeFileSync(path.join(dataDir, 'bulk-load.incomplete'), '{"enterprises":300,"seed":7,"step":"import"}\n');
    expect(bulkLoadApplies(dataDir)).toBe(true);
    // As the docs give it: the bundled Neo4j's folder, heap and page cache from the environment.
    cli = await promisify(execFile)('npx', ['tsx', 'src/generate/cli.ts', '--enterprises', String(options.enterprises), '--seed', String(options.seed)], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_DATA: dataDir, NEO4J_LOCAL_PORT: String(await freePort()), NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGE_CACHE: '64m' },
    });
    local = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '512m', pageCache: '64m', supervise: false });
    bulkDriver = createDriver({ uri: local.uri });
  }, 300_000);

  afterAll(async () => {
    await bulkDriver?.close();
    await local?.stop();
    await shared.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts again where an interrupted load left a marker, and reports every step', () => {
    expect(fs.existsSync(path.join(dataDir, 'bulk-load.incomplete'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'bulk-import'))).toBe(false);
    expect(cli.stderr).toContain(`a bulk load into ${dataDir} did not finish: removing its database and starting again`);
    for (const phase of ['files', 'import', 'seed']) expect(cli.stderr).toMatch(new RegExp(`^${phase}: \\d+ of \\d+ \\(100%\\)$`, 'm'));
    expect(cli.stderr).toContain('bulk import: Relationship linking (3 of 4)');
    expect(cli.stdout).toMatch(
      new RegExp(`^loaded the synthetic graph \\(seed 7, 300 enterprises\\) and the curated graph into the new database in ${dataDir} in [\\d.]+ s \\(Neo4j's bulk importer\\)$`, 'm'),
    );
    expect(cli.stdout).toMatch(/^ {2}steps: plan [\d.]+ s, files [\d.]+ s, import [\d.]+ s, curated graph and indexes [\d.]+ s$/m);
  });

  it('holds exactly the graph the transactional generator writes on the seeded curated graph', async () => {
    await seedCuratedGraph(shared);
    const transactional = await generateSyntheticGraph(shared, { ...options, database: TEST_DATABASE });
    expect(transactional.outcome).toBe('created');
    expect(cli.stdout).toContain(`  nodes: ${transactional.nodeCount.toLocaleString('en-US')} (`);
    expect(cli.stdout).toContain(`    hub enterprise   ${transactional.landmarks.hubEnterprise.id} (`);
    const expected = await dump(shared);
    const loaded = await dump(bulkDriver!);
    expect(loaded.length).toBe(expected.length);
    expect(loaded).toEqual(expected);
  }, 180_000);

  it('gives back the curated graph exactly after --clear', async () => {
    await seedCuratedGraph(shared);
    const curated = await dump(shared);
    await clearSyntheticGraph(bulkDriver!, { database: TEST_DATABASE });
    expect(await dump(bulkDriver!)).toEqual(curated);
  }, 180_000);

  it('refuses a data folder that already holds a database, naming the transactional load instead', async () => {
    expect(bulkLoadApplies(dataDir)).toBe(false);
    await expect(bulkLoadSyntheticGraph({ ...options, dataDir, heap: '512m', pageCache: '64m' })).rejects.toThrow(SyntheticGraphError);
    await expect(bulkLoadSyntheticGraph({ ...options, dataDir, heap: '512m', pageCache: '64m' })).rejects.toThrow(
      /already holds a database: the bulk importer loads only a new data folder/,
    );
  });
});
