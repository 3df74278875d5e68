import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEnterprises, syntheticRelationshipCount, toCsv } from '../../bench/enterprises.js';
import { ImportError, type ImportOptions, importFile } from '../../src/ingest/import/import.js';
import { withoutDerivedProperties } from '../../src/model/derived-properties.js';
import { graphCounts, seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver, testNeo4jUri } from '../support/neo4j.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');


async function one(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, { database: TEST_DATABASE });
  return records[0]?.toObject();
}

/** The error an import threw, checked to be an ImportError. */
async function importErrors(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).errors.map((e) => `${e.entry}: ${e.reason}`);
}

describe('bulk import of enterprises', () => {
  let driver: Driver;
  let dir: string;
  const options: ImportOptions = { database: TEST_DATABASE, actor: 'import-test' };
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  beforeAll(async () => {
    driver = testDriver();
    await seedCuratedGraph(driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-import-test-'));
  });

  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports 10,000 enterprises in one run, and a second run changes nothing', async () => {
    // Lean rows (an industry and a location each) keep this test quick; the other link types
    // are imported by the smaller tests below, and by the benchmark.
    const rows = syntheticEnterprises(10_000, { lean: true });
    const file = write('enterprises.json', JSON.stringify({ enterprises: rows }));
    const links = syntheticRelationshipCount(rows);
    const before = await graphCounts(driver);

    const first = await importFile(driver, file, options);
    expect(first).toMatchObject({
      rows: 10_000,
      dryRun: false,
      enterprises: { created: 10_000, updated: 0, unchanged: 0 },
      relationships: { created: links, updated: 0, unchanged: 0 },
    });
    const afterFirst = await graphCounts(driver);
    // The enterprises, and one change record with a CHANGED link to each of the ids it keeps.
    expect(afterFirst.nodes).toBe(before.nodes + 10_000 + 1);
    expect(afterFirst.relationships).toBe(before.relationships + links + 1000);
    expect(
      await one(
        driver,
        `MATCH (c:Change {operation: 'importEnterprises'})
         RETURN count(c) AS records, collect(c.actor)[0] AS actor, collect(size(c.entityIds))[0] AS ids, collect(c.sourceNotes)[0] AS notes`,
      ),
    ).toMatchObject({ records: 1, actor: 'import-test', ids: 1000, notes: [expect.stringContaining('enterprises 10000 created')] });
    expect(
      await one(
        driver,
        `MATCH (e:Enterprise {id: 'enterprise:sample-enterprise-20'})
         RETURN e.name AS name, e.registeredEmployees AS employees, valueType(e.registeredEmployees) AS employeesType,
                valueType(e.registeredCapitalYuan) AS capitalType, e.aliases AS aliases, e.nameEnOfficial AS official,
                e.sourceNotes AS notes, labels(e) AS labels,
                [(e)-[r]->(t) | type(r) + ' ' + t.id + coalesce(' ' + r.basis, '') + coalesce(' ' + r.stage, '')] AS links`,
      ),
    ).toEqual({
      name: '样本企业20号',
      employees: 741,
      employeesType: 'INTEGER NOT NULL',
      capitalType: 'FLOAT NOT NULL',
      aliases: ['SE20'],
      official: false,
      notes: ['synthetic data (bench/enterprises.ts)'],
      labels: expect.arrayContaining(['Entity', 'Enterprise']),
      links: expect.arrayContaining(['IN_INDUSTRY industry:automotive', 'LOCATED_IN new-area:liangjiang STATED']),
    });

    const second = await importFile(driver, file, options);
    expect(second).toMatchObject({
      enterprises: { created: 0, updated: 0, unchanged: 10_000 },
      relationships: { created: 0, updated: 0, unchanged: links },
      changedEntityIds: [],
    });
    expect(await graphCounts(driver)).toEqual(afterFirst);
  });

  it('writes nothing when one row of 10,000 is bad, and names that row', async () => {
    const rows = syntheticEnterprises(10_000, { nameEn: 'Batch Enterprise', name: '批次企业', lean: true });
    rows[7776]!.industries = ['industry:automotive', 'industry:no-such-industry'];
    const file = write('one-bad-row.json', JSON.stringify(rows));
    const before = await graphCounts(driver);

    expect(await importErrors(importFile(driver, file, options))).toEqual([
      'row 7777 (enterprise:batch-enterprise-7777): industries[1] (industry:no-such-industry): no such node in the database or in this file',
    ]);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('writes nothing when the write itself fails part-way', async () => {
    const file = write('fails.json', JSON.stringify(syntheticEnterprises(2500, { nameEn: 'Failing Enterprise', name: '失败企业' })));
    const before = await graphCounts(driver);
    const failing = importFile(driver, file, {
      ...options,
      onProgress: ({ phase, done }) => {
        // After two batches of nodes were merged.
        if (phase === 'write' && done >= 2000) throw new Error('disk on fire');
      },
    });
    await expect(failing).rejects.toThrow('disk on fire');
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('checks against the database and reports, but writes nothing, on a dry run', async () => {
    const rows = syntheticEnterprises(30, { nameEn: 'Dry Enterprise', name: '预演企业' });
    rows.push({ id: 'enterprise:sample-enterprise-1', name: '样本企业1号', nameEn: 'Sample Enterprise 1', registeredEmployees: 2, sourceNote: 'recount' });
    const file = write('dry.yaml', stringify(rows));
    const before = await graphCounts(driver);

    const report = await importFile(driver, file, { ...options, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, rows: 31, enterprises: { created: 30, updated: 1, unchanged: 0 } });
    expect(await graphCounts(driver)).toEqual(before);

    const badYaml = stringify([
      { ...rows[0], name: '猪八戒网' },
      { ...rows[1], sourceNote: undefined, source: 'liangjiang-tianfu-agreement', paragraph: 26, quote: '猪八戒网是一家企业' },
    ]);
    const secondRowLine = badYaml.split('\n').findIndex((line, i) => i > 0 && line.startsWith('- ')) + 1;
    const bad = write('dry-bad.yaml', badYaml);
    expect(await importErrors(importFile(driver, bad, { ...options, dryRun: true }))).toEqual([
      'row 1 (line 1, enterprise:dry-enterprise-1): name 猪八戒网: already the name of enterprise:zhubajie in the database (names are compared ignoring case)',
      `row 2 (line ${secondRowLine}, enterprise:dry-enterprise-2): quote: "猪八戒网是一家企业" is not verbatim in [P26] of liangjiang-tianfu-agreement`,
    ]);
  });

  it('updates a curated enterprise from CSV: its citations kept, fields left out untouched, unchanged links not rewritten', async () => {
    const quote = '两江新区近年来已吸引云从科技、猪八戒等一批数字经济领先企业集聚';
    const csv = [
      'id,name,nameEn,aliases,businessType,industries,locatedIn,locatedIn.basis,source,paragraph,quote',
      `enterprise:zhubajie,猪八戒网,Zhubajie (ZBJ.com),猪八戒|ZBJ|ZBJ.com|Zhubajie|八戒,数字经济服务平台,industry:digital-economy|industry:big-data,` +
        `new-area:liangjiang,STATED,liangjiang-tianfu-agreement,26,${quote}`,
    ].join('\n');
    const file = write('zhubajie.csv', csv);
    const curated = withoutDerivedProperties((await one(driver, "MATCH (e:Entity {id: 'enterprise:zhubajie'}) RETURN properties(e) AS p"))!.p);

    const report = await importFile(driver, file, options);
    expect(report).toMatchObject({
      enterprises: { created: 0, updated: 1, unchanged: 0 },
      relationships: { created: 1, updated: 0, unchanged: 2 },
      changedEntityIds: ['enterprise:zhubajie'],
    });
    const stored = (await one(driver, "MATCH (e:Entity {id: 'enterprise:zhubajie'}) RETURN properties(e) AS p"))!.p;
    expect(withoutDerivedProperties(stored)).toEqual({ ...curated, aliases: ['猪八戒', 'ZBJ', 'ZBJ.com', 'Zhubajie', '八戒'], businessType: '数字经济服务平台' });
    expect(stored.nameKeysFor).toContain('八戒'); // search's keys follow the new alias
    expect(
      await one(
        driver,
        `MATCH (:Entity {id: 'enterprise:zhubajie'})-[r:IN_INDUSTRY]->(:Entity {id: 'industry:big-data'})
         RETURN r.citationSources AS sources, r.citationParagraphs AS paragraphs, r.citationQuotes AS quotes`,
      ),
    ).toEqual({ sources: ['liangjiang-tianfu-agreement'], paragraphs: [26], quotes: [quote] });

    // Again, with a note as well: the note joins the provenance of the node and its three links.
    const noted = write('zhubajie-noted.csv', `${csv.replace(/^(id,.*)$/m, '$1,sourceNote')},trade fair 2026-03 visit\n`);
    expect(await importFile(driver, noted, options)).toMatchObject({
      enterprises: { updated: 1 },
      relationships: { created: 0, updated: 3, unchanged: 0 },
    });
    expect(
      await one(
        driver,
        `MATCH (e:Entity {id: 'enterprise:zhubajie'})-[r:LOCATED_IN]->()
         RETURN e.sourceNotes AS notes, e.citationQuotes AS quotes, r.sourceNotes AS linkNotes, r.basis AS basis, r.note AS note`,
      ),
    ).toEqual({
      notes: ['trade fair 2026-03 visit'],
      quotes: curated.citationQuotes,
      linkNotes: ['trade fair 2026-03 visit'],
      basis: 'STATED',
      note: '两江新区…已吸引云从科技、猪八戒等…企业集聚',
    });
  });

  it('links rows to each other and stores a cooperating pair once, whichever side names it (YAML)', async () => {
    const first = write(
      'pair.yaml',
      stringify({
        enterprises: [
          {
            name: '渝蓉协作科技',
            nameEn: 'Yurong Cooperation Tech',
            cooperatesWith: [{ id: 'enterprise:cloudwalk', basis: 'INTENDED' }],
            sourceNote: 'trade fair 2026-03 visit',
          },
          {
            name: '渝蓉协作物流',
            nameEn: 'Yurong Cooperation Logistics',
            industries: ['industry:logistics'],
            // A row of the same file, created in the same run.
            cooperatesWith: [{ id: 'enterprise:yurong-cooperation-tech', basis: 'ONGOING' }],
            runs: [{ id: 'project:zbj-20-cities-service-center-plan', role: 'PARTNER' }],
            sourceNote: 'trade fair 2026-03 visit',
          },
        ],
      }),
    );
    expect(await importFile(driver, first, options)).toMatchObject({ enterprises: { created: 2 }, relationships: { created: 4 } });
    expect(
      await one(
        driver,
        `MATCH (:Enterprise {id: 'enterprise:yurong-cooperation-logistics'})-[r:COOPERATES_WITH|RUNS]->(t)
         RETURN collect(type(r) + ' ' + t.id) AS links`,
      ),
    ).toEqual({
      links: expect.arrayContaining([
        'COOPERATES_WITH enterprise:yurong-cooperation-tech',
        'RUNS project:zbj-20-cities-service-center-plan',
      ]),
    });

    // The same pair named from CloudWalk's side: the stored relationship is updated in place.
    const reverse = write(
      'pair-reverse.yaml',
      stringify([
        {
          id: 'enterprise:cloudwalk',
          name: '云从科技',
          nameEn: 'CloudWalk Technology',
          cooperatesWith: [{ id: 'enterprise:yurong-cooperation-tech', basis: 'ONGOING', mode: '互动交流' }],
          sourceNote: 'trade fair 2026-03 visit',
        },
      ]),
    );
    expect(await importFile(driver, reverse, options)).toMatchObject({
      enterprises: { created: 0, updated: 1 },
      relationships: { created: 0, updated: 1, unchanged: 0 },
    });
    expect(
      await one(
        driver,
        `MATCH (a:Enterprise)-[r:COOPERATES_WITH]-(b:Enterprise {id: 'enterprise:cloudwalk'})
         WHERE a.id = 'enterprise:yurong-cooperation-tech'
         RETURN count(r) AS pairs, collect(startNode(r).id)[0] AS from, collect(r.basis)[0] AS basis, collect(r.mode)[0] AS mode`,
      ),
    ).toEqual({ pairs: 1, from: 'enterprise:yurong-cooperation-tech', basis: 'ONGOING', mode: '互动交流' });
  });

  describe('the command line', () => {
    const cli = (...args: string[]) =>
      run(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/ingest/cli-import.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: testNeo4jUri(), NEO4J_DATABASE: TEST_DATABASE },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
      );

    it('prints every error, one per line, writes nothing and exits 1', async () => {
      const rows = syntheticEnterprises(3, { nameEn: 'Cli Enterprise', name: '命令行企业' });
      delete rows[1]!.sourceNote;
      rows[2]!.locatedIn = [{ id: 'region:nowhere', basis: 'STATED' }];
      const file = write('cli-bad.csv', toCsv(rows));
      const before = await graphCounts(driver);

      const { code, stdout, stderr } = await cli(file, '--actor', 'ci');
      expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
      expect(stderr.trim().split('\n')).toEqual([
        `${file}: row 2 (line 3, enterprise:cli-enterprise-2): provenance: give a citation (source, paragraph, quote) or a sourceNote: every imported fact says where it comes from`,
        `${file}: row 3 (line 4, enterprise:cli-enterprise-3): locatedIn[0] (region:nowhere): no such node in the database or in this file`,
        '2 error(s): nothing was written',
      ]);
      expect(await graphCounts(driver)).toEqual(before);
    });

    it('reports a dry run without writing', async () => {
      const file = write('cli-good.csv', toCsv(syntheticEnterprises(3, { nameEn: 'Cli Enterprise', name: '命令行企业' })));
      const before = await graphCounts(driver);
      const { code, stdout, stderr } = await cli('--dry-run', file);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toContain('  enterprises: 3 created, 0 updated, 0 unchanged');
      expect(stdout).toContain('(dry run: nothing written)');
      expect(await graphCounts(driver)).toEqual(before);
    });
  });
});
