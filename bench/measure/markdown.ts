import type { BenchTargets } from '../queries/types.js';
import type { GraphScale, MachineInfo } from './environment.js';
import type { SideMeasurement } from './latency.js';
import type { LoadOptions } from './load.js';
import { type Overall, type QueryResult, SIDE_NAMES } from './report.js';

/** Everything one run found, as written to bench/results/bench-<date>.json. */
export interface BenchReport {
  date: string;
  options: LoadOptions & { transactionTimeoutMs: number; enterprises: number; seed: number; heap: string; pageCache: string };
  machine: MachineInfo;
  data: GraphScale & { generation: unknown; targets: BenchTargets };
  sides: typeof SIDE_NAMES;
  queries: QueryResult[];
  overall: Overall;
  /** Side a's resident memory while it was timed (alone, loaded and the mix), in MB. */
  apiRssMb: { startMb: number; peakMb: number; endMb: number };
  /** Queries @neo4j/graphql could not answer when the answers were compared, with its error. */
  peerFailures: Record<string, string>;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-');
const perSecond = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 100 ? 1 : 0) : '-');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '-');

function errorsOf(m: SideMeasurement): number {
  return m.graphqlErrors + m.non2xx + m.failures;
}

/** The results as a markdown table (latencies in ms), the overall line, and every error counted. */
export function markdownTable(results: QueryResult[], overall: Overall): string {
  const header = ['query', 'a p50', 'a p99', 'a req/s', 'b p50', 'b p99', 'b req/s', 'c p50', 'c p99', 'c req/s', 'a/b req/s', 'a/c p50'];
  const row = (r: QueryResult, name: string) => [
    name,
    ...(['a', 'b', 'c'] as const).flatMap((side) => [ms(r.sides[side].latencyMs.p50), ms(r.sides[side].latencyMs.p99), perSecond(r.sides[side].requestsPerSecond)]),
    times(r.throughputAOverB),
    times(r.sides.a.latencyMs.p50 / r.sides.c.latencyMs.p50),
  ];
  const rows = results.map((r) => row(r, r.name));
  const overallRow = [
    '**overall**',
    '',
    '',
    perSecond(overall.requestsPerSecond.a),
    '',
    '',
    perSecond(overall.requestsPerSecond.b),
    '',
    '',
    perSecond(overall.requestsPerSecond.c),
    times(overall.throughputAOverB),
    `${times(overall.geometricMeanMedianAOverC)} (geo. mean, alone)`,
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    line(header),
    line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map(line),
    line(overallRow),
    ...(overall.mix ? [line(row(overall.mix, '**mix** (every query in turn)'))] : []),
  ];
  const errors = [...results, ...(overall.mix ? [overall.mix] : [])].flatMap((r) =>
    (['a', 'b', 'c'] as const)
      .filter((side) => errorsOf(r.sides[side]) > 0)
      .map((side) => {
        const m = r.sides[side];
        return `- ${r.name}, side ${side}: ${m.graphqlErrors} answers with GraphQL errors, ${m.non2xx} non-2xx, ${m.failures} without an answer`;
      }),
  );
  return [
    ...table,
    '',
    `Geometric mean of the per-query a/b req/s: ${times(overall.geometricMeanThroughputAOverB)}. The overall line adds up the ` +
      'separate runs, each as long, so the fastest questions weigh most; the mix line is one more run in which every ' +
      'connection asks the questions in turn, each as often, as a client working through them would.',
    errors.length > 0 ? `\nErrors (not timed):\n${errors.join('\n')}` : '\nNo errors on any side.',
  ].join('\n');
}

/** p50 and p99 of each side with one request in flight: the latency a single user sees. */
export function aloneTable(results: QueryResult[]): string {
  const header = ['query', 'a p50', 'a p99', 'b p50', 'b p99', 'c p50', 'c p99', 'a/c p50'];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...results
      .filter((r) => r.alone !== null)
      .map((r) =>
        line([
          r.name,
          ...(['a', 'b', 'c'] as const).flatMap((side) => [ms(r.alone![side].latencyMs.p50), ms(r.alone![side].latencyMs.p99)]),
          times(r.medianAOverC),
        ]),
      ),
  ].join('\n');
}

/** Side a's memory during each query's runs (start → peak → end, MB), where the report has it. */
function memoryByQuery(results: QueryResult[]): string {
  const measured = results.filter((r) => r.apiRssMb);
  if (measured.length === 0) return '';
  return ` By query (start → peak → end): ${measured.map((r) => `${r.name} ${r.apiRssMb!.startMb} → ${r.apiRssMb!.peakMb} → ${r.apiRssMb!.endMb}`).join('; ')}.`;
}

/** bench/results/latest.md: how the run was made, the tables, and what each query asks. */
export function markdownReport(report: BenchReport): string {
  const { machine: m, data, options } = report;
  return [
    '# Benchmark: this API against @neo4j/graphql and raw Cypher',
    '',
    `Run ${report.date} with \`npm run bench -- --enterprises ${options.enterprises} --seed ${options.seed} --duration ${options.durationSeconds} ` +
      `--warmup ${options.warmupSeconds} --rounds ${options.rounds} --connections ${options.connections} --tx-timeout ${options.transactionTimeoutMs}\`.`,
    '',
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; load average (1, 5, 15 min) ` +
      `${m.loadAverage.start.join(' ')} at the start, ${m.loadAverage.end.join(' ')} at the end.`,
    `- Neo4j ${data.neo4jVersion} (heap ${options.heap}, page cache ${options.pageCache}): ${data.nodes} nodes, ` +
      `${data.relationships} relationships, ${data.enterprises} enterprises.`,
    `- Sides: a = ${SIDE_NAMES.a}; b = ${SIDE_NAMES.b}; c = ${SIDE_NAMES.c}. The three answers of every query are checked equal first. ` +
      `Then one side at a time, once with one request in flight and once with ${options.connections}: a warm-up of about ${options.warmupSeconds} s per side, then ` +
      `${options.rounds} timed runs per side, the sides taking turns, about ${options.durationSeconds} s per side in all (fixed numbers of ` +
      `requests sized from the warm-up's rate, every one waited for). ` +
      `Latencies in ms, over the answers without errors; every transaction times out after ${options.transactionTimeoutMs} ms.`,
    `- Memory of side a (the API process): ${report.apiRssMb.startMb} MB resident when the timing began, ${report.apiRssMb.peakMb} MB at the peak, ` +
      `${report.apiRssMb.endMb} MB at the end.` +
      memoryByQuery([...report.queries, ...(report.overall.mix ? [report.overall.mix] : [])]),
    ...Object.entries(report.peerFailures).map(([query, message]) => `- **${query}**: side b could not answer (${message.slice(0, 300)}); its timed requests are counted as errors.`),
    '',
    `## ${options.connections} requests in flight`,
    '',
    markdownTable(report.queries, report.overall),
    '',
    '## One request in flight (latency alone)',
    '',
    aloneTable(report.queries),
    '',
    '## Queries',
    '',
    ...report.queries.map((r) => `- **${r.name}**: ${r.title}`),
    '',
    `About: ${Object.entries(data.targets).map(([key, value]) => `${key} \`${String(value)}\``).join(', ')}.`,
    '',
  ].join('\n');
}
