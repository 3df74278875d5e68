/**
 * Neo4j dies under load and comes back, in two cases. `manual`: a dedicated Neo4j and the API over
 * it (a child process), Neo4j SIGKILLed in the middle and started again by the benchmark on the
 * same port and data folder after --outage seconds. `supervised` (kill and recover): the API runs
 * the bundled Neo4j itself, as `npm start` does, and starts it again by itself. Prints how fast
 * requests and /readyz fail while it is down, how long the API takes to answer again once Neo4j
 * is ready, and what became of every write (checked against the audit trail); writes the numbers
 * to bench/results/fault.json and bench/results/fault-supervised.json.
 *
 *   npm run bench:fault -- [--case manual|supervised|both] [--connections 16] [--before 10] [--outage 5] [--after 10]
 */
import { parseArgs } from 'node:util';
import { type FaultReport, type PhaseReport, runFault } from './support/fault-run.js';
import { table, writeJson } from './support/stats.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '16' },
    before: { type: 'string', default: '10' },
    outage: { type: 'string', default: '5' },
    after: { type: 'string', default: '10' },
    case: { type: 'string', default: 'both' },
  },
});
if (!['manual', 'supervised', 'both'].includes(values.case!)) throw new Error(`--case must be manual, supervised or both, got ${values.case}`);
const positive = (name: string, value: string | undefined): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive whole number, got ${value}`);
  return number;
};

const cases = values.case === 'both' ? ['manual', 'supervised'] : [values.case!];
for (const name of cases) {
  const supervised = name === 'supervised';
  console.log(`\n== ${supervised ? 'kill and recover: the API starts its bundled Neo4j again by itself' : 'Neo4j started again by hand'}`);
  const report = await runFault({
    connections: positive('connections', values.connections),
    beforeSec: positive('before', values.before),
    outageSec: positive('outage', values.outage),
    afterSec: positive('after', values.after),
    supervised,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  printReport(report, supervised ? 'bench/results/fault-supervised.json' : 'bench/results/fault.json');
}

function printReport(report: FaultReport, out: string): void {

  const codes = (p: PhaseReport) => Object.entries(p.errorCodes).map(([code, n]) => `${code} ${n}`).join(', ') || '-';
  const row = (name: string, p: PhaseReport) => [name, p.requests, p.ok, p.latencyMs.p50, p.latencyMs.p99, codes(p)];
  console.log(
    `\n${table(
      ['phase', 'requests', 'ok', 'p50 ms', 'p99 ms', 'errors'],
      [
        row('before the kill', report.before),
        row('in flight at the kill', report.inFlightAtKill),
        row('Neo4j dead', report.down),
        row('Neo4j restarting', report.restarting),
        row('after recovery', report.after),
      ],
    )}\n`,
  );
  const t = report.timeline;
  console.log(
    `DATABASE_UNAVAILABLE answers while Neo4j was dead: ${report.down.databaseUnavailableLatencyMs.count}, ` +
      `p50 ${report.down.databaseUnavailableLatencyMs.p50} ms, p99 ${report.down.databaseUnavailableLatencyMs.p99} ms`,
  );
  console.log(
    `/readyz while Neo4j was dead: ${report.readyz.checks} checks (${JSON.stringify(report.readyz.statuses)}), ` +
      `p50 ${report.readyz.latencyMs.p50} ms, p99 ${report.readyz.latencyMs.p99} ms`,
  );
  console.log(
    `Neo4j killed at ${t.killedAt} ms, restarted at ${t.neo4jRestartedAt} ms, ready at ${t.neo4jReadyAt} ms; ` +
      `first successful query ${report.recoveryMs} ms after Neo4j was ready, /readyz 200 after ${report.readyz.firstReadyAfterNeo4jMs} ms`,
  );
  const w = report.writes;
  console.log(
    `writes: ${w.acknowledged} acknowledged (${JSON.stringify(w.acknowledgedByPhase)}), ${w.acknowledgedMissing.length} of them missing from the graph; ` +
      `${w.failed} reported failure (${w.unknownOutcome} with an unknown outcome): ${w.failedAbsent} absent, ${w.failedRecorded} recorded with their change, ` +
      `${w.failedInconsistent.length} inconsistent`,
  );
  console.log(`server RSS: ${report.serverRssMb.startMb} MB at the start, ${report.serverRssMb.peakMb} MB at the peak, ${report.serverRssMb.endMb} MB at the end`);
  console.log(`load average ${report.machine.before.loadAverage.join(' ')} before, ${report.machine.after.loadAverage.join(' ')} after (${report.machine.before.cpus} cores)`);
  if (report.serverErrors.length > 0) console.log(`\nthe server logged ${report.serverErrors.length} errors; the first:\n${report.serverErrors[0]}`);
  writeJson(out, report);
  console.log(`\nwritten to ${out}`);
  if (w.acknowledgedMissing.length > 0 || w.failedInconsistent.length > 0) {
    console.error([...w.acknowledgedMissing, ...w.failedInconsistent].join('\n'));
    process.exitCode = 1;
  }
}
