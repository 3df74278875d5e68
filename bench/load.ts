/**
 * The API under a realistic read/write mix from many connections (autocannon on loopback),
 * against a server process over its own throw-away Neo4j; prints throughput, latency, errors and
 * the server's memory, checks every acknowledged write against the audit trail, and writes the
 * numbers to bench/results/load.json.
 *
 *   npm run bench:load -- [--duration 30] [--connections 32] [--out bench/results/load.json]
 */
import { parseArgs } from 'node:util';
import { runLoad } from './support/load-run.js';
import { table, writeJson } from './support/stats.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '32' },
    out: { type: 'string', default: 'bench/results/load.json' },
  },
});
const positive = (name: string, value: string | undefined): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive whole number, got ${value}`);
  return number;
};
const durationSec = positive('duration', values.duration);
const connections = positive('connections', values.connections);

const report = await runLoad({ durationSec, connections, log: (line) => process.stderr.write(`${line}\n`) });

console.log(
  `\n${report.requests.total} requests in ${report.durationSec} s over ${report.connections} connections: ` +
    `${report.requests.perSecond} requests/s, latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`,
);
console.log(
  `errors: ${report.requests.non2xx} non-2xx, ${report.requests.graphqlErrors} with GraphQL errors, ${report.requests.noAnswer} without an answer` +
    (Object.keys(report.errorCodes).length > 0 ? ` (${JSON.stringify(report.errorCodes)})` : ''),
);
console.log(
  `writes: ${report.writes.acknowledged} acknowledged, ${report.writes.acknowledgedMissing.length} of them missing from the graph; ` +
    `${report.writes.failed} not acknowledged (${report.writes.failedAbsent} absent, ${report.writes.failedRecorded} recorded, ${report.writes.failedInconsistent.length} inconsistent)`,
);
console.log(`server RSS: ${report.serverRssMb.startMb} MB at the start, ${report.serverRssMb.peakMb} MB at the peak, ${report.serverRssMb.endMb} MB at the end`);
console.log(
  `load average ${report.machine.before.loadAverage.join(' ')} before, ${report.machine.after.loadAverage.join(' ')} after, ${report.machine.before.cpus} cores shared by Neo4j, the server and autocannon\n`,
);
console.log(
  table(
    ['operation', 'share %', 'requests', 'errors', 'p50 ms', 'p99 ms', 'max ms'],
    report.byKind.map((k) => [k.kind, k.share, k.count, k.errors, k.p50, k.p99, k.max]),
  ),
);
if (report.serverErrors.length > 0) console.log(`\nthe server logged ${report.serverErrors.length} errors; the first:\n${report.serverErrors[0]}`);
writeJson(values.out!, report);
console.log(`\nwritten to ${values.out}`);
if (report.writes.acknowledgedMissing.length > 0) {
  console.error(`acknowledged writes missing from the graph:\n${report.writes.acknowledgedMissing.join('\n')}`);
  process.exitCode = 1;
}
