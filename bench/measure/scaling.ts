/**
 * The scaling curve: one bench report per scale, put side by side as a table (per query and
 * scale: p50 and p99 alone, req/s under load, the ratios the goals are stated in) and drawn as
 * charts with Vega-Lite, rendered to SVG without a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { BenchReport } from './markdown.js';
import { type QueryResult, SIDE_NAMES, type Side } from './report.js';

const SIDES: Side[] = ['a', 'b', 'c'];
const SIDE_LABELS: Record<Side, string> = { a: 'a: this API', b: 'b: @neo4j/graphql', c: 'c: raw Cypher' };

const ms = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-');
const perSecond = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value.toFixed(value < 100 ? 1 : 0) : '-');
const times = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : '-');
const count = (n: number) => n.toLocaleString('en-US');

function resultsOf(report: BenchReport): QueryResult[] {
  return report.overall.mix ? [...report.queries, report.overall.mix] : report.queries;
}

/** Per query and scale: latency alone (p50, p99) of every side, throughput under load, and the goal ratios. */
export function scalingTable(reports: BenchReport[]): string {
  const header = [
    'query',
    'enterprises',
    'a p50',
    'a p99',
    'b p50',
    'c p50',
    'a req/s',
    'b req/s',
    'c req/s',
    'a/b req/s',
    'a/c p50',
    'a p50 vs previous scale',
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const names = [...new Set(reports.flatMap((r) => resultsOf(r).map((q) => q.name)))];
  const rows = names.flatMap((name) =>
    reports.map((report, i) => {
      const result = resultsOf(report).find((q) => q.name === name);
      const previous = i > 0 ? resultsOf(reports[i - 1]!).find((q) => q.name === name) : undefined;
      const alone = result?.alone;
      const growth = alone && previous?.alone ? alone.a.latencyMs.p50 / previous.alone.a.latencyMs.p50 : undefined;
      return line([
        name,
        count(report.options.enterprises),
        ms(alone?.a.latencyMs.p50),
        ms(alone?.a.latencyMs.p99),
        ms(alone?.b.latencyMs.p50),
        ms(alone?.c.latencyMs.p50),
        ...SIDES.map((side) => perSecond(result?.sides[side].requestsPerSecond)),
        times(result?.throughputAOverB),
        alone ? times(result?.medianAOverC) : '-',
        times(growth),
      ]);
    }),
  );
  return [line(header), line(header.map((_, i) => (i < 2 ? '---' : '---:'))), ...rows].join('\n');
}

function scalingMarkdown(reports: BenchReport[]): string {
  const first = reports[0]!;
  const o = first.options;
  return [
    '# Scaling curve: this API against @neo4j/graphql and raw Cypher',
    '',
    `Run ${first.date} with \`npm run bench -- --scales ${reports.map((r) => r.options.enterprises).join(',')} --seed ${o.seed} ` +
      `--duration ${o.durationSeconds} --warmup ${o.warmupSeconds} --rounds ${o.rounds} --connections ${o.connections}\`, ` +
      `Neo4j heap ${o.heap}, page cache ${o.pageCache}.`,
    '',
    ...reports.map(
      (r) =>
        `- ${count(r.options.enterprises)} enterprises: ${count(r.data.nodes)} nodes, ${count(r.data.relationships)} relationships; ` +
        `load average ${r.machine.loadAverage.start.join(' ')} → ${r.machine.loadAverage.end.join(' ')}; ` +
        `side a's memory at most ${r.apiRssMb.peakMb} MB resident` +
        (Object.keys(r.peerFailures).length > 0 ? `; side b could not answer ${Object.keys(r.peerFailures).join(', ')}.` : '.'),
    ),
    `- Machine: ${first.machine.cpus} × ${first.machine.cpuModel}, ${first.machine.memoryGb} GB.`,
    `- Sides: a = ${SIDE_NAMES.a}; b = ${SIDE_NAMES.b}; c = ${SIDE_NAMES.c}; the answers are checked equal at every scale first.`,
    `- p50/p99: ms with one request in flight; req/s: with ${o.connections} in flight; "vs previous scale": a's p50 alone over a's p50 alone at the scale before.`,
    '',
    scalingTable(reports),
    '',
    '![p50 alone by scale](../../docs/scaling/latency.svg)',
    '![a/b throughput by scale](../../docs/scaling/throughput.svg)',
    '',
  ].join('\n');
}

async function svgOf(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** p50 alone of every side against the number of enterprises, one small chart per query. */
function latencyChart(reports: BenchReport[]): TopLevelSpec {
  const values = reports.flatMap((report) =>
    report.queries
      .filter((q) => q.alone !== null)
      .flatMap((q) => SIDES.map((side) => ({ query: q.name, enterprises: report.options.enterprises, side: SIDE_LABELS[side], p50: q.alone![side].latencyMs.p50 }))),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'p50 latency, one request in flight (ms)',
    data: { values },
    facet: { field: 'query', type: 'nominal', title: null },
    columns: 4,
    spec: {
      width: 180,
      height: 120,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'enterprises', type: 'quantitative', scale: { type: 'log' }, title: 'enterprises' },
        y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'ms' },
        color: { field: 'side', type: 'nominal', title: null },
      },
    },
    resolve: { scale: { y: 'independent' } },
  } as TopLevelSpec;
}

/** a's requests per second over b's under load, per query and for the mix, against the number of enterprises. */
function throughputChart(reports: BenchReport[]): TopLevelSpec {
  const values = reports.flatMap((report) =>
    resultsOf(report).map((q) => ({ query: q.name, enterprises: report.options.enterprises, ratio: q.throughputAOverB })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'throughput, this API over @neo4j/graphql (×)',
    width: 480,
    height: 240,
    data: { values },
    layer: [
      {
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'enterprises', type: 'quantitative', scale: { type: 'log' }, title: 'enterprises' },
          y: { field: 'ratio', type: 'quantitative', title: 'a/b req/s' },
          color: { field: 'query', type: 'nominal', title: null },
        },
      },
      { mark: { type: 'rule', strokeDash: [4, 4] }, encoding: { y: { datum: 1 } } },
    ],
  } as TopLevelSpec;
}

/** Writes scaling-<date>.json and scaling-latest.md into resultsDir and the two charts into chartsDir; returns the files. */
export async function writeScalingReport(
  reports: BenchReport[],
  started: Date,
  dirs: { resultsDir: string; chartsDir: string },
): Promise<string[]> {
  fs.mkdirSync(dirs.chartsDir, { recursive: true });
  const json = path.join(dirs.resultsDir, `scaling-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const markdown = path.join(dirs.resultsDir, 'scaling-latest.md');
  const latency = path.join(dirs.chartsDir, 'latency.svg');
  const throughput = path.join(dirs.chartsDir, 'throughput.svg');
  fs.writeFileSync(json, `${JSON.stringify({ date: started.toISOString(), scales: reports }, null, 2)}\n`);
  fs.writeFileSync(markdown, scalingMarkdown(reports));
  fs.writeFileSync(latency, await svgOf(latencyChart(reports)));
  fs.writeFileSync(throughput, await svgOf(throughputChart(reports)));
  return [json, markdown, latency, throughput];
}
