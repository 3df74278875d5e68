/**
 * The scale benchmark: the same questions on the same Neo4j and data, asked three ways —
 * (a) this API over HTTP, (b) a @neo4j/graphql 7 server over the same database, (c) hand-written
 * Cypher through neo4j-driver alone. Every answer is checked equal across the three first; then
 * each query is timed on each side, one side at a time (never two at once): a warm-up, then
 * timed runs in turns with the other sides (bench/measure/load.ts), once with one request in flight
 * (latency alone) and once at --connections (throughput). Writes bench/results/bench-<date>.json
 * and bench/results/latest.md and prints the table; with several --scales, one run per scale, then
 * bench/results/scaling-<date>.json, bench/results/scaling-latest.md and the charts in docs/scaling/.
 *
 *   npm run bench -- [--enterprises 100000 | --scales 10000,100000,1000000] [--seed 1] [--duration 10] [--warmup 3]
 *                    [--rounds 3] [--connections 8] [--only search,neighborhood] [--tx-timeout 60000]
 *                    [--heap 2g] [--page-cache 2g] [--cpu-prof <folder>] [--with-results <bench-<date>.json>,…]
 *
 * --with-results draws the reports of other scales from earlier runs into the scaling report with
 * this run's (a scale whose run failed can be run again alone).
 * The Neo4j data folder .neo4j/bench-<enterprises>-<seed> is kept, so a second run skips the
 * generation (a new folder is loaded with Neo4j's bulk importer); --enterprises 0 benchmarks the
 * curated graph alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../src/cli.js';
import { createDriver } from '../src/db/driver.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { assertSameAnswers, canonicalAnswers, SideFailedError } from './measure/answers.js';
import { prepareBenchData, prepareBenchFolder } from './measure/data.js';
import { graphScale, loadAverage, machineInfo } from './measure/environment.js';
import { requestBody } from './measure/graphql-client.js';
import { httpBatch } from './measure/http-load.js';
import { type LoadOptions, measureSides } from './measure/load.js';
import { type ChildServer, PROJECT_ROOT, startChildServer } from './measure/processes.js';
import { type RawTarget, runRaw } from './measure/raw-client.js';
import { rawBatch } from './measure/raw-load.js';
import { type BenchReport, markdownReport, markdownTable } from './measure/markdown.js';
import { overallOf, type QueryResult, queryResult, SIDE_NAMES } from './measure/report.js';
import { benchQueries, selectQueries } from './queries/index.js';
import type { BenchQuery } from './queries/types.js';
import { scalingTable, writeScalingReport } from './measure/scaling.js';
import { sampleRss } from './support/server.js';
import { API_ENTRY, API_NODE_OPTIONS, buildApi } from '../scripts/build-api.js';

const DATABASE = 'neo4j';
const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');
const CHARTS_DIR = path.join(PROJECT_ROOT, 'docs', 'scaling');

interface Options {
  /** The graph sizes to run at, in synthetic enterprises, smallest first. */
  scales: number[];
  seed: number;
  load: LoadOptions;
  /** Of every transaction on every side (the API's NEO4J_TX_TIMEOUT_MS). */
  transactionTimeoutMs: number;
  only: string[] | null;
  heap: string;
  pageCache: string;
  /** Where side a writes a V8 CPU profile (node --cpu-prof) when it stops; null for none. */
  cpuProfileDir: string | null;
  /** Reports of other scales from earlier runs (bench/results/bench-<date>.json), drawn into the scaling report too. */
  earlierReports: BenchReport[];
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string' },
      scales: { type: 'string' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '8' },
      'tx-timeout': { type: 'string', default: '60000' },
      only: { type: 'string' },
      heap: { type: 'string', default: '2g' },
      'page-cache': { type: 'string', default: '2g' },
      'cpu-prof': { type: 'string' },
      'with-results': { type: 'string' },
    },
  });
  const problems: string[] = [];
  const whole = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) problems.push(`--${name} must be a whole number of at least ${min}, got ${values[name]}`);
    return value;
  };
  const memory = (name: 'heap' | 'page-cache') => {
    if (!/^\d+[kmg]$/i.test(values[name]!)) problems.push(`--${name} must look like 512m or 2g, got ${values[name]}`);
    return values[name]!;
  };
  const transactionTimeoutMs = whole('tx-timeout', 100);
  const scales = (() => {
    if (values.enterprises !== undefined && values.scales !== undefined) {
      problems.push('give --enterprises (one scale) or --scales (several), not both');
      return [];
    }
    const list = (values.scales ?? values.enterprises ?? '100000').split(',').map((text) => text.trim());
    const numbers = list.map(Number);
    if (list.some((text, i) => !/^\d+$/.test(text) || !Number.isSafeInteger(numbers[i]))) {
      problems.push(`--${values.scales !== undefined ? 'scales' : 'enterprises'} must be whole numbers of enterprises separated by commas, got ${list.join(',')}`);
    }
    return [...new Set(numbers)].sort((x, y) => x - y);
  })();
  const options: Options = {
    scales,
    seed: whole('seed', 0),
    load: {
      durationSeconds: whole('duration', 1),
      warmupSeconds: whole('warmup', 0),
      rounds: whole('rounds', 1),
      connections: whole('connections', 1),
      // The servers answer a timed-out transaction with an error well before this.
      timeoutSeconds: Math.ceil(transactionTimeoutMs / 1000) + 30,
    },
    transactionTimeoutMs,
    only: values.only ? values.only.split(',').map((name) => name.trim()).filter(Boolean) : null,
    heap: memory('heap'),
    pageCache: memory('page-cache'),
    cpuProfileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null,
    earlierReports: (values['with-results'] ?? '')
      .split(',')
      .filter(Boolean)
      .flatMap((file) => {
        try {
          const report = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
          if (!Array.isArray(report.queries) || typeof report.options?.enterprises !== 'number') throw new Error('not a report of npm run bench');
          if (scales.includes(report.options.enterprises)) throw new Error(`its scale, ${report.options.enterprises}, is one this run measures`);
          return [{ ...report, peerFailures: report.peerFailures ?? {} }];
        } catch (error) {
          problems.push(`--with-results ${file}: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        }
      }),
  };
  if (problems.length > 0) throw new Error(problems.join('; '));
  return options;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** One scale: its data, the three sides started on it, answers compared, then every query timed. */
async function benchScale(options: Options, enterprises: number, cleanups: (() => Promise<void>)[]): Promise<BenchReport> {
  const started = new Date();
  const loadAtStart = loadAverage();
  const dataDir = path.join(PROJECT_ROOT, '.neo4j', `bench-${enterprises}-${options.seed}`);
  log(`Neo4j in ${path.relative(PROJECT_ROOT, dataDir)} (heap ${options.heap}, page cache ${options.pageCache})`);
  await prepareBenchFolder({ dataDir, enterprises, seed: options.seed, heap: options.heap, pageCache: options.pageCache, log });
  const neo4j: LocalNeo4j = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    heap: options.heap,
    pageCache: options.pageCache,
    log,
  });
  cleanups.push(() => neo4j.stop());
  const driver = createDriver({ uri: neo4j.uri });
  cleanups.push(() => driver.close());

  const data = await prepareBenchData(driver, { database: DATABASE, enterprises, seed: options.seed, log });
  const scale = await graphScale(driver, DATABASE);
  log(`data: ${scale.nodes} nodes, ${scale.relationships} relationships (${scale.enterprises} enterprises), Neo4j ${scale.neo4jVersion}`);
  const queries = selectQueries(benchQueries(data.targets), options.only);

  const serverEnv = {
    NEO4J_URI: neo4j.uri,
    NEO4J_DATABASE: DATABASE,
    NEO4J_TX_TIMEOUT_MS: String(options.transactionTimeoutMs),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
  };
  const startSide = async (name: string, script: string, ready: RegExp, nodeArgs: string[] = []): Promise<ChildServer> => {
    // The API checks every entity's search keys before it listens: a read per 5,000 entities.
    const server = await startChildServer({ name, script, ready, nodeArgs, env: { ...serverEnv, PORT: String(await freePort()) }, startTimeoutMs: 600_000 });
    cleanups.push(() => server.stop());
    return server;
  };
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const ours = await startSide('a (this API)', API_ENTRY, /API ready at (http\S+)/, [...API_NODE_OPTIONS, ...profile]);
  const neo4jGraphQL = await startSide('b (@neo4j/graphql)', 'bench/neo4j-graphql/main.ts', /^ready (http\S+)$/);
  const raw: RawTarget = { driver, database: DATABASE, transactionTimeoutMs: options.transactionTimeoutMs };

  // Before anything is timed: the same answer from every side, or no benchmark. Only the peer may
  // fail to answer (at a million enterprises it can exceed Neo4j's transaction memory): that is
  // recorded, and its timed requests count as errors.
  const peerFailures: Record<string, string> = {};
  for (const query of queries) {
    try {
      assertSameAnswers(query, await canonicalAnswers(query, { oursUrl: ours.graphqlUrl, neo4jGraphQLUrl: neo4jGraphQL.graphqlUrl, raw }));
      log(`${query.name}: the three answers are equal`);
    } catch (error) {
      if (!(error instanceof SideFailedError) || error.side !== 'b') throw error;
      peerFailures[query.name] = error.message;
      log(`${error.message.slice(0, 300)}; its requests are timed as errors`);
    }
  }

  const batchesOf = (selected: BenchQuery[]) => ({
    a: httpBatch(ours.graphqlUrl, selected.map((q) => requestBody(q.ours)), options.load.timeoutSeconds),
    b: httpBatch(neo4jGraphQL.graphqlUrl, selected.map((q) => requestBody(q.neo4jGraphQL)), options.load.timeoutSeconds),
    c: rawBatch(selected.map((q) => () => runRaw(raw, q.raw))),
  });
  const memory = sampleRss(ours);
  const results: QueryResult[] = [];
  for (const query of queries) {
    const during = sampleRss(ours);
    const alone = await measureSides(batchesOf([query]), { ...options.load, connections: 1 }, (side) => log(`${query.name}: ${side} alone…`));
    const loaded = await measureSides(batchesOf([query]), options.load, (side) =>
      log(`${query.name}: ${side}, ${options.load.connections} in flight…`),
    );
    results.push({ ...queryResult(query.name, query.title, loaded, alone), apiRssMb: during.stop() });
  }
  let mix: QueryResult | null = null;
  if (queries.length >= 2) {
    const during = sampleRss(ours);
    const sides = await measureSides(batchesOf(queries), options.load, (side) => log(`mix: ${side}…`), queries.length);
    mix = { ...queryResult('mix', 'every question in turn on every connection', sides, null), apiRssMb: during.stop() };
  }
  const apiRssMb = memory.stop();

  return {
    date: started.toISOString(),
    options: {
      ...options.load,
      transactionTimeoutMs: options.transactionTimeoutMs,
      enterprises,
      seed: options.seed,
      heap: options.heap,
      pageCache: options.pageCache,
    },
    machine: machineInfo(loadAtStart),
    data: { ...scale, generation: data.generation, targets: data.targets },
    sides: SIDE_NAMES,
    queries: results,
    overall: overallOf(results, mix),
    apiRssMb,
    peerFailures,
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  const started = new Date();
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => log(`while stopping: ${String(error)}`));
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  // Side a is the API as `npm start` runs it: compiled, under Node alone.
  buildApi();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const reports: BenchReport[] = [];
  try {
    for (const enterprises of options.scales) {
      // One scale's Neo4j and servers at a time: each is stopped before the next starts.
      const report = await benchScale(options, enterprises, cleanups).finally(cleanUp);
      reports.push(report);
      const jsonFile = path.join(RESULTS_DIR, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
      fs.writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
      fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), markdownReport(report));
      console.log(`\n${enterprises} enterprises\n${markdownTable(report.queries, report.overall)}`);
      log(`written: ${path.relative(PROJECT_ROOT, jsonFile)}, bench/results/latest.md`);
    }
    const scaled = [...options.earlierReports, ...reports].sort((x, y) => x.options.enterprises - y.options.enterprises);
    if (scaled.length > 1) {
      const written = await writeScalingReport(scaled, started, { resultsDir: RESULTS_DIR, chartsDir: CHARTS_DIR });
      console.log(`\n${scalingTable(scaled)}`);
      log(`written: ${written.map((file) => path.relative(PROJECT_ROOT, file)).join(', ')}`);
    }
    return 0;
  } finally {
    await cleanUp();
  }
}

runCommand(main);
