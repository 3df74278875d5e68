import { parseOneArgument, runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { formatValidationError } from '../model/dataset-schema.js';
import { backupProgressBar } from './progress.js';
import { checkBackup, RestoreError, type RestoreProgress, RestoreTargetError, restoreBackup } from './restore.js';

const USAGE = 'usage: npm run restore -- <folder> [--check]';

async function main(): Promise<number> {
  const args = parseOneArgument(USAGE, { one: 'one folder at a time', missing: 'no folder given' }, { check: { type: 'boolean' } });
  if ('exitCode' in args) return args.exitCode;
  const dir = args.argument;
  let checked;
  try {
    // The backup is read and checked before Neo4j is reached (or started).
    checked = checkBackup(dir);
    if (args.values.check) {
      console.log(`backup valid: ${Object.entries(checked.counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
      return 0;
    }
  } catch (error) {
    if (!(error instanceof RestoreError)) throw error;
    for (const problem of error.errors) console.error(formatValidationError(problem));
    console.error(`${error.errors.length} error(s) in the backup: nothing was written`);
    return 1;
  }
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  const bar = backupProgressBar<RestoreProgress['phase']>({
    sources: 'sources        ',
    entities: 'entities       ',
    relationships: 'relationships  ',
    progress: 'progress       ',
    changes: 'change records ',
    mentions: 'mentions       ',
    candidates: 'fact candidates',
  });
  try {
    const report = await restoreBackup(neo4j.driver, checked, { database: config.database, onProgress: (p) => bar.update(p) });
    bar.stop();
    const counts = Object.entries(report.counts).map(([kind, n]) => `${n} ${kind}`).join(', ');
    console.log(`restored ${dir} into ${neo4j.uri} in ${(report.durationMs / 1000).toFixed(1)} s: ${counts}`);
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof RestoreTargetError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await neo4j.close();
  }
}

runCommand(main);
