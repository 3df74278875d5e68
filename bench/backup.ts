/**
 * Export and restore times: the curated graph plus a synthetic graph of N enterprises in a
 * throw-away local Neo4j, exported, restored into a second empty throw-away Neo4j, and exported
 * again (the two exports are compared byte for byte). Prints the times, sizes and rates.
 *
 *   npm run bench:backup -- [--enterprises 100000] [--heap 2g] [--from FOLDER] [--results DIR]
 *
 * --from starts the first Neo4j on an existing data folder (a copy of one made with
 * `npm run generate`, say) instead of seeding and generating; the folder is used as it is.
 * The figures, the phases and the machine (with its load average) go to
 * bench/results/backup-<entities>.json (or DIR/).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAverage, machineInfo } from './measure/environment.js';
import { exportGraph } from '../src/backup/export.js';
import { RECORD_KINDS } from '../src/backup/records.js';
import { checkBackup, restoreBackup } from '../src/backup/restore.js';
import { directorySink } from '../src/backup/sink.js';
import { createDriver } from '../src/db/driver.js';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { generateSyntheticGraph } from '../src/generate/generate.js';
import { curatedDataset } from '../src/ingest/read-dataset.js';
import { seedDataset } from '../src/ingest/seed.js';

const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '100000' },
    heap: { type: 'string', default: '2g' },
    from: { type: 'string' },
    results: { type: 'string', default: path.join(path.dirname(fileURLToPath(import.meta.url)), 'results') },
  },
});
const enterprises = Number(values.enterprises);
if (!Number.isInteger(enterprises) || enterprises < 0) throw new Error(`--enterprises must be a whole number, got ${values.enterprises}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-bench-backup-'));
const log = (line: string) => process.stderr.write(`${line}\n`);
const database = 'neo4j';
const folders = RECORD_KINDS.map((kind) => kind.folder);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const loadAtStart = loadAverage();
const startedAt = new Date().toISOString();
/** When each phase of each run started, in seconds from the start of its run. */
const phases: Record<string, Record<string, number>> = {};

/** Logs each phase of an export or restore as it starts, with the seconds since the first. */
function phaseLogger(what: string) {
  const started = performance.now();
  let last = '';
  phases[what] = {};
  return ({ phase }: { phase: string }) => {
    if (phase === last) return;
    last = phase;
    const at = Number(seconds(performance.now() - started));
    phases[what]![phase] = at;
    log(`${what}: ${phase} from ${at} s`);
  };
}
const megabytes = (folder: string) => (Number(execFileSync('du', ['-sk', folder]).toString().split('\t')[0]) / 1024).toFixed(0);

async function throwAwayNeo4j(name: string, dataDir = path.join(dir, name)) {
  const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir, heap: values.heap!, pageCache: '512m', log });
  return { neo4j, driver: createDriver({ uri: neo4j.uri }) };
}

const source = await throwAwayNeo4j('source', values.from);
const target = await throwAwayNeo4j('target');
try {
  if (values.from) log(`the graph of ${values.from}`);
  else await seedDataset(source.driver, curatedDataset(), { database });
  if (!values.from && enterprises > 0) {
    log(`generating ${enterprises} enterprises…`);
    await generateSyntheticGraph(source.driver, { enterprises, seed: 42, database });
  }

  const first = path.join(dir, 'first');
  const exported = await exportGraph(source.driver, () => directorySink(first, folders), { database, onProgress: phaseLogger('export') });
  const counts = exported.counts;
  const objects = counts.entities! + counts.relationships!;
  console.log(`graph: ${counts.entities} entities, ${counts.relationships} relationships, ${counts.changes} change records; backup ${megabytes(first)} MB`);
  console.log(`export:  ${seconds(exported.durationMs)} s (${Math.round(objects / (exported.durationMs / 1000))} entities+relationships/s)`);

  let started = performance.now();
  const checked = checkBackup(first);
  const checkMs = performance.now() - started;
  started = performance.now();
  await restoreBackup(target.driver, checked, { database, onProgress: phaseLogger('restore') });
  const writeMs = performance.now() - started;
  console.log(`restore: ${seconds(checkMs + writeMs)} s (reading and checking ${seconds(checkMs)} s, writing ${seconds(writeMs)} s; ${Math.round(objects / ((checkMs + writeMs) / 1000))} entities+relationships/s)`);

  const second = path.join(dir, 'second');
  const again = await exportGraph(target.driver, () => directorySink(second, folders), { database, onProgress: phaseLogger('second export') });
  let identical = true;
  try {
    execFileSync('diff', ['-r', '-q', first, second]);
  } catch {
    identical = false;
  }
  console.log(`export of the restored database: ${seconds(again.durationMs)} s; ${identical ? 'byte-identical to the first' : 'DIFFERS from the first'}`);
  if (!identical) process.exitCode = 1;
  const results = path.join(values.results!, `backup-${counts.entities}.json`);
  const report = {
    startedAt,
    graph: { ...counts, backupMb: Number(megabytes(first)), from: values.from ? 'an existing Neo4j folder' : `curated + ${enterprises} generated enterprises` },
    neo4j: { heap: values.heap, pageCache: '512m' },
    seconds: {
      export: Number(seconds(exported.durationMs)),
      restore: Number(seconds(checkMs + writeMs)),
      restoreCheck: Number(seconds(checkMs)),
      restoreWrite: Number(seconds(writeMs)),
      exportOfRestored: Number(seconds(again.durationMs)),
    },
    phases,
    identical,
    machine: machineInfo(loadAtStart),
  };
  fs.writeFileSync(results, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${path.relative(process.cwd(), results)}`);
} finally {
  await source.driver.close();
  await target.driver.close();
  await source.neo4j.stop();
  await target.neo4j.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
