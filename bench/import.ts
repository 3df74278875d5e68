/**
 * Import throughput: generates N synthetic enterprises (bench/enterprises.ts), imports them into
 * a throw-away local Neo4j seeded with the curated graph, then imports the same file again, and
 * prints rows per second for each run (and a dry run).
 *
 *   npm run bench:import -- [--rows 10000] [--format json|csv|yaml] [--heap 1g]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { createDriver } from '../src/db/driver.js';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { type ImportProgress, type ImportReport, importFile } from '../src/ingest/import/import.js';
import { curatedDataset } from '../src/ingest/read-dataset.js';
import { seedDataset } from '../src/ingest/seed.js';
import { syntheticEnterprises, toCsv } from './enterprises.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    format: { type: 'string', default: 'json' },
    heap: { type: 'string', default: '1g' },
  },
});
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive whole number, got ${values.rows}`);
const format = values.format!;
if (!['json', 'csv', 'yaml'].includes(format)) throw new Error(`--format must be json, csv or yaml, got ${format}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-bench-import-'));
const log = (line: string) => process.stderr.write(`${line}\n`);
const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir: path.join(dir, 'neo4j'), heap: values.heap!, pageCache: '256m', log });
const driver = createDriver({ uri: neo4j.uri });
const database = 'neo4j';

try {
  await seedDataset(driver, curatedDataset(), { database });

  const data = syntheticEnterprises(rows);
  const file = path.join(dir, `enterprises.${format}`);
  fs.writeFileSync(file, format === 'csv' ? toCsv(data) : format === 'yaml' ? stringify(data) : JSON.stringify(data));
  log(`${rows} enterprises, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB of ${format}, Neo4j heap ${values.heap}`);

  const measure = async (what: string, dryRun: boolean) => {
    // Where the time goes: comparing with the database, writing, committing (the rest is reading and validating the file).
    const marks: Record<string, number> = {};
    const started = performance.now();
    const onProgress = (p: ImportProgress) => {
      marks[`${p.phase}Start`] ??= performance.now();
      marks[`${p.phase}End`] = performance.now();
    };
    const report: ImportReport = await importFile(driver, file, { database, dryRun, actor: 'bench', onProgress });
    const seconds = (performance.now() - started) / 1000;
    const span = (from: number | undefined, to: number | undefined) => (from && to ? `${((to - from) / 1000).toFixed(1)} s` : '-');
    console.log(
      `${what.padEnd(12)} ${String(rows).padStart(6)} rows in ${seconds.toFixed(1).padStart(5)} s = ${String(Math.round(rows / seconds)).padStart(5)} rows/s` +
        `   enterprises ${report.enterprises.created}/${report.enterprises.updated}/${report.enterprises.unchanged}` +
        `, relationships ${report.relationships.created}/${report.relationships.updated}/${report.relationships.unchanged} (created/updated/unchanged)` +
        `   [compare ${span(marks.checkStart, marks.checkEnd)}, write ${span(marks.writeStart, marks.writeEnd)}, commit ${span(marks.commitStart, started + seconds * 1000)}]`,
    );
  };

  // Warm-up, not measured: compiles the import's read statements on the fresh server.
  const warmUp = path.join(dir, 'warm-up.json');
  fs.writeFileSync(warmUp, JSON.stringify(syntheticEnterprises(100)));
  await importFile(driver, warmUp, { database, dryRun: true });

  const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  log(`load average before: ${loadAverage()} (${os.cpus().length} cores; other work on the machine slows the numbers down)`);
  await measure('dry run', true);
  await measure('import', false);
  await measure('re-import', false);
  log(`load average after: ${loadAverage()}`);
} finally {
  await driver.close();
  await neo4j.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
