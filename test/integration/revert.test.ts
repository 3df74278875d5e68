import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/backup/export.js';
import { RECORD_KINDS } from '../../src/backup/records.js';
import { RevertError, revertChange } from '../../src/backup/revert.js';
import { directorySink } from '../../src/backup/sink.js';
import { createContext } from '../../src/context.js';
import { deleteEntity, recordProgress, updateEntity } from '../../src/editing/mutations.js';
import { importEnterprises } from '../../src/ingest/import/import.js';
import { seedCuratedGraph } from '../support/curated.js';
import { filesOf } from '../support/files.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

const FOLDERS = RECORD_KINDS.map((kind) => kind.folder);

/** The files of a backup that hold the graph itself (not the audit trail, which a revert adds to). */
function graphFiles(dir: string): Record<string, string> {
  return Object.fromEntries([...filesOf(dir)].filter(([name]) => /^(graph|sources)\//.test(name)).map(([name, bytes]) => [name, bytes.toString()]));
}

describe('npm run revert', () => {
  let driver: Driver;
  let root: string;
  let n = 0;
  const exportNow = async () => {
    const dir = path.join(root, `export-${++n}`);
    await exportGraph(driver, () => directorySink(dir, FOLDERS), { database: TEST_DATABASE });
    return dir;
  };
  const lastChange = async (operation: string) => {
    const { records } = await driver.executeQuery('MATCH (c:Change {operation: $operation}) RETURN c.id AS id ORDER BY c.at DESC LIMIT 1', { operation }, { database: TEST_DATABASE });
    return records[0]!.get('id') as string;
  };
  const admin = () =>
    createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: 20_000 }, undefined, {
      caller: { kind: 'authenticated', actor: 'api-key:root', role: 'admin', method: 'api-key' },
    });
  const runImport = (name: string, rows: string[]) =>
    importEnterprises(driver, { file: name, text: ['enterprises:', ...rows].join('\n') }, { database: TEST_DATABASE, actor: 'revert-test' });

  beforeAll(async () => {
    driver = testDriver();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-revert-test-'));
    await seedCuratedGraph(driver);
  });

  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reverting an import gives back the graph of the export before it, byte for byte', async () => {
    const before = graphFiles(await exportNow());
    await runImport('first.yaml', [
      '  - name: 撤销测试一号',
      '    nameEn: Revert Test One',
      '    registeredEmployees: 12',
      '    industries: [industry:automotive]',
      '    locatedIn: [{ id: new-area:liangjiang, basis: STATED }]',
      '    sourceNote: revert test',
      // An existing curated enterprise: the import adds a link and its note to its provenance.
      '  - id: enterprise:zhubajie',
      '    name: 猪八戒网',
      '    nameEn: ZBJ.com',
      '    expandsTo: [{ id: new-area:tianfu, stage: PLANNED }]',
      '    sourceNote: revert test',
    ]);
    const imported = await lastChange('importEnterprises');
    expect(graphFiles(await exportNow())).not.toEqual(before);

    const report = await revertChange(driver, imported, { database: TEST_DATABASE, actor: 'revert-test' });
    expect(report.reverted.operation).toBe('importEnterprises');
    expect(graphFiles(await exportNow())).toEqual(before);

    // The audit trail keeps both: the import, and its revert (which can be reverted in turn).
    const again = await revertChange(driver, report.change.id, { database: TEST_DATABASE, actor: 'revert-test' });
    expect(again.reverted.operation).toBe('revert');
    expect(graphFiles(await exportNow())).not.toEqual(before);
  });

  it('refuses when a later change touched an entity of the change, naming it, and changes nothing', async () => {
    await runImport('second.yaml', ['  - name: 撤销测试二号', '    nameEn: Revert Test Two', '    sourceNote: revert test']);
    const imported = await lastChange('importEnterprises');
    await updateEntity(admin(), 'Enterprise', { id: 'enterprise:revert-test-two', summary: '后来改过。', source: { note: 'later edit' } });
    const later = await lastChange('updateEnterprise');
    const before = filesOf(await exportNow());

    const error = await revertChange(driver, imported, { database: TEST_DATABASE, actor: 'revert-test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevertError);
    expect((error as Error).message).toContain(`${later} (updateEnterprise by api-key:root at `);
    expect((error as Error).message).toContain('on enterprise:revert-test-two');
    expect(filesOf(await exportNow())).toEqual(before);
  });

  it('reverting a delete brings the entity back with its relationships and progress updates', async () => {
    await recordProgress(admin(), { entityId: 'task:2020-03', date: '2020-09-15', status: 'IN_PROGRESS', note: 'First joint expo', source: { note: 'report' } });
    const beforeFiles = filesOf(await exportNow());
    const before = graphFiles(await exportNow());
    expect(beforeFiles.get('progress/progress.yaml')!.toString()).toContain('entityId: task:2020-03');
    await deleteEntity(admin(), { id: 'task:2020-03', source: { note: 'by mistake' } });
    expect(filesOf(await exportNow()).has('progress/progress.yaml')).toBe(false);
    await revertChange(driver, await lastChange('deleteEntity'), { database: TEST_DATABASE, actor: 'revert-test' });
    const after = filesOf(await exportNow());
    expect(graphFiles(await exportNow())).toEqual(before);
    expect(after.get('progress/progress.yaml')).toEqual(beforeFiles.get('progress/progress.yaml'));
  });

  it('says so when there is no such change record', async () => {
    await expect(revertChange(driver, 'change:nothing', { database: TEST_DATABASE, actor: 'revert-test' })).rejects.toThrow(
      'there is no change record change:nothing',
    );
  });
});
