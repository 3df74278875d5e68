import { parseOneArgument, runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { type ExportPhase, exportGraph } from './export.js';
import { backupProgressBar } from './progress.js';
import { RECORD_KINDS } from './records.js';
import { BackupFolderError, directorySink } from './sink.js';

const USAGE = 'usage: npm run export -- <folder>';

async function main(): Promise<number> {
  const args = parseOneArgument(USAGE, { one: 'one folder at a time', missing: 'no folder given' }, {});
  if ('exitCode' in args) return args.exitCode;
  const dir = args.argument;
  const folders = RECORD_KINDS.map((kind) => kind.folder);
  const openSink = () => directorySink(dir, folders);
  try {
    await openSink().abort(); // checks the folder before Neo4j is reached (or started)
  } catch (error) {
    if (error instanceof BackupFolderError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  const bar = backupProgressBar<ExportPhase>({
    sources: 'sources        ',
    entities: 'entities       ',
    changes: 'change records ',
    progress: 'progress       ',
    mentions: 'mentions       ',
    candidates: 'fact candidates',
  });
  try {
    const report = await exportGraph(neo4j.driver, openSink, { database: config.database, onProgress: (p) => bar.update(p) });
    bar.stop();
    const counts = Object.entries(report.counts).map(([kind, n]) => `${n} ${kind}`).join(', ');
    console.log(`exported ${neo4j.uri} to ${dir} in ${(report.durationMs / 1000).toFixed(1)} s: ${counts}`);
    return 0;
  } finally {
    bar.stop();
    await neo4j.close();
  }
}

runCommand(main);
