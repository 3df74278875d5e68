import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { createEntity } from '../../src/editing/mutations.js';
import { seedCuratedGraph } from './curated.js';
import { TEST_DATABASE, testDriver, testNeo4jUri } from './neo4j.js';

const exec = promisify(execFile);

/**
 * Runs the backup commands of the README as written, in the repository's folder, against the tests'
 * Neo4j (NEO4J_URI): the curated graph with one change record, so that `npm run revert` has a
 * change to undo (the README's placeholder id `change:6f1c…` stands for it). The folder the
 * commands write (backups/today) must not exist before and is removed by `close`.
 */
export function backupCommands(root: string) {
  const folder = path.join(root, 'backups', 'today');
  let prepared: Promise<{ driver: Driver; changeId: string }> | null = null;
  const prepare = async () => {
    if (fs.existsSync(folder)) throw new Error(`${folder} exists: the README's backup commands write there; move it away to run this test`);
    const driver = testDriver();
    await seedCuratedGraph(driver);
    const editor = createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: 60_000 }, undefined, {
      caller: { kind: 'authenticated', actor: 'api-key:docs', role: 'editor', method: 'api-key' },
    });
    const created = await createEntity(editor, 'Enterprise', { name: '文档示例科技', nameEn: 'Docs Example Technology', source: { note: 'README example' } });
    return { driver, changeId: created.change!.id };
  };
  return {
    /** The command's standard output; it fails (with its standard error) when the command does. */
    async run(command: string): Promise<string> {
      prepared ??= prepare();
      const { changeId } = await prepared;
      const { stdout } = await exec('bash', ['-c', command.replace(/change:\S*…/, changeId)], {
        cwd: root,
        env: { ...process.env, NEO4J_URI: testNeo4jUri() },
        timeout: 240_000,
      });
      return stdout;
    },
    async close(): Promise<void> {
      if (!prepared) return;
      fs.rmSync(folder, { recursive: true, force: true });
      const parent = path.dirname(folder);
      if (fs.existsSync(parent) && fs.readdirSync(parent).length === 0) fs.rmdirSync(parent);
      await (await prepared).driver.close();
    },
  };
}
