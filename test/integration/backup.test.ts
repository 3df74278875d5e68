import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/backup/export.js';
import { RECORD_KINDS } from '../../src/backup/records.js';
import { RestoreError, RestoreTargetError, restoreBackup } from '../../src/backup/restore.js';
import { directorySink } from '../../src/backup/sink.js';
import { createContext } from '../../src/context.js';
import { createEntity, deleteEntity, link, recordProgress, unlink, updateEntity } from '../../src/editing/mutations.js';
import { importEnterprises } from '../../src/ingest/import/import.js';
import { commandPort } from '../../src/sources/command-port.js';
import { acceptCandidates, rejectCandidate } from '../../src/sources/review.js';
import { addSource, candidatesOf } from '../../src/sources/sources.js';
import { graphCounts, seedCuratedGraph } from '../support/curated.js';
import { AGREEMENT } from '../support/editing.js';
import { filesOf } from '../support/files.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

const FOLDERS = RECORD_KINDS.map((kind) => kind.folder);

/** Nodes, relationships and their properties, without the lock nodes editing and addSource create on demand (not data). */
async function dataCounts(driver: Driver) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:EditLock AND NOT n:SourceLock RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
     RETURN nodes, nodeProperties, relationships, relationshipProperties`,
    {},
    { database: TEST_DATABASE },
  );
  return records[0]!.toObject();
}

/** The differing files of two folders (added, removed or changed), by path. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => !a.get(name) || !b.get(name) || !a.get(name)!.equals(b.get(name)!));
}

describe('backup: export, restore and the round trip', () => {
  let driver: Driver;
  let root: string;
  let addedSource: string;
  const exportTo = (name: string) => {
    const dir = path.join(root, name);
    return exportGraph(driver, () => directorySink(dir, FOLDERS), { database: TEST_DATABASE, pageSize: 50 }).then((report) => ({ dir, report }));
  };

  beforeAll(async () => {
    driver = testDriver();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-backup-test-'));
    await seedCuratedGraph(driver);
    const context = (role: 'editor' | 'admin') =>
      createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: 20_000 }, undefined, {
        caller: { kind: 'authenticated', actor: `api-key:${role}`, role, method: 'api-key' },
      });
    const editor = context('editor');
    // Edits of every kind: create, update with a citation, link, unlink, progress with a status, delete.
    await createEntity(editor, 'Enterprise', {
      name: '渝蓉备份科技',
      nameEn: 'Yurong Backup Technology',
      businessType: '数据服务',
      registeredEmployees: 42,
      source: { note: 'Trade fair visit, 2026-03' },
    });
    await updateEntity(editor, 'Platform', {
      id: 'platform:chongqing-international-expo-center',
      summary: '重庆的国际会展平台。',
      source: { citation: { source: AGREEMENT, paragraph: 45, quote: '以重庆国际博览中心、西部国际博览城、天府国际会议中心等平台为支撑' } },
    });
    await link(editor, {
      from: 'enterprise:yurong-backup-technology',
      type: 'LOCATED_IN',
      to: 'new-area:liangjiang',
      properties: { basis: 'STATED' },
      source: { note: 'Company register' },
    });
    await link(editor, { from: 'enterprise:yurong-backup-technology', type: 'EXPANDS_TO', to: 'new-area:tianfu', properties: { stage: 'PLANNED' }, source: { note: 'n' } });
    await unlink(editor, { from: 'enterprise:yurong-backup-technology', type: 'EXPANDS_TO', to: 'new-area:tianfu', source: { note: 'withdrawn' } });
    await recordProgress(editor, { entityId: 'task:2020-03', date: '2020-09-15', status: 'IN_PROGRESS', note: 'First joint expo', source: { note: 'report' } });
    await recordProgress(editor, { entityId: 'task:2020-03', date: '2020-10-01', note: 'Second meeting', source: { note: 'report' } });
    await createEntity(editor, 'Person', { name: '待删', nameEn: 'To Be Deleted', source: { note: 'n' } });
    await deleteEntity(context('admin'), { id: 'person:to-be-deleted', source: { note: 'created by mistake' } });
    await importEnterprises(
      driver,
      {
        file: 'more.yaml',
        text: [
          'enterprises:',
          '  - name: 备份导入一号',
          '    nameEn: Backup Import One',
          '    registeredCapitalYuan: 7120000000',
          '    industries: [industry:automotive]',
          '    cooperatesWith: [{ id: enterprise:yurong-backup-technology, basis: INTENDED, mode: 互动交流 }]',
          '    sourceNote: import for the backup test',
        ].join('\n'),
      },
      { database: TEST_DATABASE, actor: 'backup-test' },
    );
    // A document added as a source, its mentions linked; one candidate accepted with an edit, one rejected.
    const sources = commandPort(driver, TEST_DATABASE);
    const added = await addSource(sources, {
      text: [
        '在礼嘉智慧公园,两江产业集团董事长李毅向代表团介绍了各种智能场景。',
        '渝蓉备份科技位于天府新区,是一家数据服务企业。',
        '天府新区商会会长张晓明介绍了商会的工作。',
      ].join('\n\n'),
      title: '备份测试的来访报道',
      publisher: '示例',
      publishedOn: '2020-04-24',
      url: 'https://example.org/visit',
    });
    addedSource = added.source.id;
    const pending = await candidatesOf(sources, addedSource, 'PENDING');
    const toAccept = pending.find((c) => c.relType === 'LOCATED_IN');
    const toReject = pending.find((c) => c.relType === 'HOLDS_POSITION');
    expect([toAccept?.toId, toReject?.kind]).toEqual(['new-area:tianfu', 'RELATIONSHIP']);
    const edits = { properties: JSON.stringify({ ...JSON.parse(toAccept!.properties), note: '公司登记核实' }) };
    await acceptCandidates(sources, [{ id: toAccept!.id, edits }]);
    await rejectCandidate(sources, { id: toReject!.id, reason: 'not stated in the text' });
  });

  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('export → restore into an empty database → export gives the same files, byte for byte', { timeout: 240_000 }, async () => {
    const first = await exportTo('first');
    expect(first.report.counts.changes).toBeGreaterThanOrEqual(9);
    expect(first.report.counts.progress).toBe(2);
    expect(first.report.counts.sources).toBe(2);
    expect(first.report.counts.mentions).toBeGreaterThanOrEqual(5);
    expect(first.report.counts.candidates).toBeGreaterThanOrEqual(2);
    const before = await dataCounts(driver);
    const files = filesOf(first.dir);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['backup.yaml', 'model.yaml', 'graph/enterprise.yaml', 'graph/enterprise.relationships.yaml', 'progress/progress.yaml']));
    // One block per entity, in id order: the enterprise created above is a block of its own.
    expect(files.get('graph/enterprise.yaml')!.toString()).toContain('- id: enterprise:yurong-backup-technology\n  label: Enterprise\n');
    // The added source with what addSource recorded, its mentions, and its candidates with their review.
    expect(files.get(`sources/${addedSource}.yaml`)!.toString()).toMatch(/publishedOn: 2020-04-24\nurl: https:\/\/example\.org\/visit\ncontentHash: [0-9a-f]{64}\naddedBy: cli:\S+\naddedAt: \S+\nparagraphCount: 3\n/);
    expect(files.get(`mentions/${addedSource}.yaml`)!.toString()).toMatch(/^mentions:\n- id: /);
    const candidates = files.get(`candidates/${addedSource}.yaml`)!.toString();
    expect(candidates).toContain('status: ACCEPTED');
    expect(candidates).toMatch(/status: REJECTED\n  proposedAt: \S+\n  reviewedBy: cli:\S+\n  reviewedAt: \S+\n  reason: not stated in the text\n/);

    await clearDatabase(driver);
    await restoreBackup(driver, first.dir, { database: TEST_DATABASE, batchSize: 100 });
    expect(await dataCounts(driver)).toEqual(before);
    const second = await exportTo('second');
    expect(differences(files, filesOf(second.dir))).toEqual([]);

    // A second restore of the same backup changes nothing.
    await restoreBackup(driver, first.dir, { database: TEST_DATABASE });
    expect(await dataCounts(driver)).toEqual(before);
    const third = await exportTo('third');
    expect(differences(files, filesOf(third.dir))).toEqual([]);
  });

  it('refuses a corrupted backup with every error at once, and writes nothing', async () => {
    const { dir } = await exportTo('good');
    const broken = path.join(root, 'broken');
    fs.cpSync(dir, broken, { recursive: true });
    // Bad YAML in one file, a relationship to a node that is not there, a cited paragraph missing.
    fs.appendFileSync(path.join(broken, 'graph/person.yaml'), '- id: [unclosed\n');
    const relationships = path.join(broken, 'graph/enterprise.relationships.yaml');
    fs.writeFileSync(relationships, fs.readFileSync(relationships, 'utf8').replace('to: new-area:liangjiang', 'to: new-area:nowhere'));
    const paragraphs = path.join(broken, 'sources', fs.readdirSync(path.join(broken, 'sources')).find((f) => f.startsWith(`${AGREEMENT}.`) && f.endsWith('.txt'))!);
    fs.writeFileSync(paragraphs, fs.readFileSync(paragraphs, 'utf8').split('\n').filter((line) => !line.startsWith('[P45] ')).join('\n'));
    // A candidate pointing at a paragraph its source does not have.
    const candidates = path.join(broken, `candidates/${addedSource}.yaml`);
    fs.writeFileSync(candidates, fs.readFileSync(candidates, 'utf8').replace(/\n {2}paragraph: \d+\n/, '\n  paragraph: 99\n'));

    await clearDatabase(driver);
    const error = await restoreBackup(driver, broken, { database: TEST_DATABASE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    const messages = (error as RestoreError).errors.map((e) => `${e.file}: ${e.entry}: ${e.reason}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/graph\/person\.yaml: \(file\): YAML: /),
        expect.stringMatching(/enterprise\.relationships\.yaml: relationships\[\d+\] \(enterprise:[a-z-]+ -LOCATED_IN-> new-area:nowhere\): to: no node with id new-area:nowhere/),
        expect.stringMatching(/citations\[\d+\]: source liangjiang-tianfu-agreement has no paragraph 45/),
        expect.stringMatching(new RegExp(`candidates/${addedSource}\\.yaml: candidates\\[0\\] \\(${addedSource}#fact-[0-9a-f]+\\): paragraph: source ${addedSource} has no paragraph 99`)),
      ]),
    );
    expect((await graphCounts(driver)).nodes).toBe(0);
  });

  it('refuses a backup with a file missing (the manifest counts), and a database holding another graph', async () => {
    await seedCuratedGraph(driver);
    const { dir } = await exportTo('curated');
    const partial = path.join(root, 'partial');
    fs.cpSync(dir, partial, { recursive: true });
    fs.rmSync(path.join(partial, 'graph/industry.yaml'));
    fs.rmSync(path.join(partial, 'graph/industry.relationships.yaml'));
    const error = await restoreBackup(driver, partial, { database: TEST_DATABASE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).errors.map((e) => e.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^to: no node with id industry:/)]),
    );

    await clearDatabase(driver);
    const { dir: empty } = await exportTo('empty');
    await seedCuratedGraph(driver);
    const seeded = await graphCounts(driver);
    const refused = await restoreBackup(driver, empty, { database: TEST_DATABASE }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RestoreTargetError);
    expect((refused as Error).message).toMatch(/the database is not empty: it holds \d+ entities/);
    expect(await graphCounts(driver)).toEqual(seeded);
    // The curated backup is this database's own graph: restoring it again changes nothing.
    await restoreBackup(driver, dir, { database: TEST_DATABASE });
    expect(await graphCounts(driver)).toEqual(seeded);
  });
});
