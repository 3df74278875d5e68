import { setTimeout as sleep } from 'node:timers/promises';
import { type AcknowledgedWrite, type AuditReport, auditSettledWrites } from './audit.js';
import { sampleRss } from './server.js';
import { withBenchStack } from './stack.js';
import { type LatencySummary, machine, round, summarize, tally } from './stats.js';
import { nextPageOf, type OperationKind, outcomeOf, type WriteIntent } from './workload.js';

export interface FaultOptions {
  connections: number;
  /** Load before Neo4j is killed. */
  beforeSec: number;
  /** How long Neo4j stays dead before it is started again (its start-up adds to the outage). */
  outageSec: number;
  /** Load after the API answers again. */
  afterSec: number;
  log: (line: string) => void;
  /** More environment for the server (NEO4J_TX_TIMEOUT_MS, …). */
  serverEnv?: Record<string, string>;
  /**
   * The kill-and-recover case: the server runs the bundled Neo4j itself, as `npm start` does, and
   * starts it again by itself (outageSec is not used); otherwise the benchmark starts it again
   * after outageSec.
   */
  supervised?: boolean;
}

/** One request of the load: times in ms since the run started. */
export interface Sample {
  kind: OperationKind;
  write: WriteIntent | null;
  start: number;
  end: number;
  /** null: no HTTP answer at all. */
  status: number | null;
  ok: boolean;
  codes: string[];
  unknownOutcome: boolean;
  changeId: string | null;
}

export interface PhaseReport {
  requests: number;
  ok: number;
  errorCodes: Record<string, number>;
  latencyMs: LatencySummary;
}

export interface FaultReport {
  startedAt: string;
  connections: number;
  /** Milliseconds since the load started. */
  timeline: { killedAt: number; neo4jRestartedAt: number; neo4jReadyAt: number; firstSuccessAt: number | null; endedAt: number };
  /** Answered before the kill. */
  before: PhaseReport;
  /** Under way when Neo4j was killed. */
  inFlightAtKill: PhaseReport & { unknownOutcome: number };
  /** Sent and answered while Neo4j was dead (before its restart began); latency of the DATABASE_UNAVAILABLE answers. */
  down: PhaseReport & { databaseUnavailableLatencyMs: LatencySummary };
  /** The rest, up to the first success after the restart: Neo4j starting, and the probe not yet seeing it. */
  restarting: PhaseReport;
  /** Sent after the first success. */
  after: PhaseReport;
  /** GET /readyz every 250 ms while Neo4j was dead. */
  readyz: { checks: number; statuses: Record<string, number>; latencyMs: LatencySummary; firstReadyAfterNeo4jMs: number | null };
  /** From Neo4j's ready line to the end of the first successful query (negative: before the line). */
  recoveryMs: number | null;
  writes: AuditReport & { acknowledgedByPhase: Record<string, number>; unknownOutcome: number };
  serverRssMb: { startMb: number; peakMb: number; endMb: number };
  /** The server's error log lines (an unexpected error is logged there in full). */
  serverErrors: string[];
  machine: { before: ReturnType<typeof machine>; after: ReturnType<typeof machine> };
}

const UNKNOWN_OUTCOME = /may or may not have been saved/;
/** A client's pause after an error before its next request, as a real client would back off. */
const PAUSE_AFTER_ERROR_MS = 50;

/**
 * Starts a dedicated Neo4j (temporary folder, free port; never the shared test Neo4j) and the API
 * over it as a child process; runs a read/write load from `connections` clients; SIGKILLs Neo4j,
 * polls /readyz while it is down, starts it again on the same port and data folder, keeps the load
 * on until `afterSec` after the API answers again, and audits every write.
 */
export async function runFault(options: FaultOptions): Promise<FaultReport> {
  const { log } = options;
  return withBenchStack('fault', { log, serverEnv: options.serverEnv, supervised: options.supervised }, async ({ neo4j, server, workload }) => {
    const samples: Sample[] = [];
    const origin = performance.now();
    const now = () => round(performance.now() - origin);
    const before = machine();
    const rss = sampleRss(server);
    let stopped = false;

    const client = async () => {
      while (!stopped) {
        const operation = workload.next();
        const start = now();
        let sample: Sample;
        try {
          const response = await fetch(server.graphqlUrl, { method: 'POST', headers: operation.headers, body: operation.body });
          const text = await response.text();
          const outcome = outcomeOf(operation, response.status, text);
          if (operation.kind === 'list' && outcome.ok) workload.notePage(nextPageOf(text));
          sample = {
            kind: operation.kind,
            write: operation.write,
            start,
            end: now(),
            status: response.status,
            ok: outcome.ok,
            codes: outcome.errorCodes,
            unknownOutcome: outcome.messages.some((m) => UNKNOWN_OUTCOME.test(m)),
            changeId: outcome.changeId,
          };
        } catch (error) {
          const code = `NO_ANSWER: ${error instanceof Error ? error.message : String(error)}`;
          sample = { kind: operation.kind, write: operation.write, start, end: now(), status: null, ok: false, codes: [code], unknownOutcome: false, changeId: null };
        }
        samples.push(sample);
        if (!sample.ok) await sleep(PAUSE_AFTER_ERROR_MS);
      }
    };
    const clients = Array.from({ length: options.connections }, client);

    log(`fault: ${options.connections} clients for ${options.beforeSec} s, then Neo4j (pid ${neo4j.pid}) is killed`);
    await sleep(options.beforeSec * 1000);
    const killedAt = now();
    await neo4j.kill();

    const readyzChecks: { start: number; end: number; status: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const start = now();
        const response = await fetch(`${server.url}/readyz`);
        await response.arrayBuffer();
        readyzChecks.push({ start, end: now(), status: response.status });
        await sleep(250);
      }
    })();

    let neo4jRestartedAt: number;
    let neo4jReadyAt: number;
    if (options.supervised) {
      log('fault: waiting for the server to start Neo4j again by itself');
      const times = (await neo4j.restart()) as { restartedAt: number; readyAt: number };
      const sinceOrigin = (epochMs: number) => round(now() - (Date.now() - epochMs));
      neo4jRestartedAt = sinceOrigin(times.restartedAt);
      neo4jReadyAt = sinceOrigin(times.readyAt);
    } else {
      await sleep(options.outageSec * 1000);
      neo4jRestartedAt = now();
      log(`fault: Neo4j dead for ${options.outageSec} s; starting it again on the same port and data folder`);
      await neo4j.restart();
      neo4jReadyAt = now();
    }
    log(`fault: Neo4j ready after ${round((neo4jReadyAt - neo4jRestartedAt) / 1000)} s; waiting for the API to answer again`);

    const firstSuccess = async (): Promise<number | null> => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const success = samples.filter((s) => s.ok && s.start >= neo4jRestartedAt).sort((a, b) => a.end - b.end)[0];
        if (success) return success.end;
        await sleep(10);
      }
      return null;
    };
    const firstSuccessAt = await firstSuccess();
    const readyzBack = Date.now() + 10_000;
    while (Date.now() < readyzBack && !readyzChecks.some((c) => c.start >= neo4jRestartedAt && c.status === 200)) await sleep(50);
    polling = false;
    await poller;

    await sleep(options.afterSec * 1000);
    stopped = true;
    await Promise.all(clients);
    const endedAt = now();
    const memory = rss.stop();
    const after = machine();

    const phase = (list: Sample[]): PhaseReport => ({
      requests: list.length,
      ok: list.filter((s) => s.ok).length,
      errorCodes: tally(list.flatMap((s) => s.codes)),
      latencyMs: summarize(list.map((s) => s.end - s.start)),
    });
    const recoveredAt = firstSuccessAt ?? Number.POSITIVE_INFINITY;
    const phaseOf = (s: Sample) =>
      s.end < killedAt
        ? 'before'
        : s.start < killedAt
          ? 'inFlightAtKill'
          : s.end < neo4jRestartedAt
            ? 'down'
            : s.start < recoveredAt
              ? 'restarting'
              : 'after';
    const inPhase = (name: ReturnType<typeof phaseOf>) => samples.filter((s) => phaseOf(s) === name);
    const inFlight = inPhase('inFlightAtKill');
    const down = inPhase('down');
    const readyzWhileDown = readyzChecks.filter((c) => c.end < neo4jRestartedAt);
    const readyAgain = readyzChecks.find((c) => c.start >= neo4jRestartedAt && c.status === 200);

    const writes = samples.filter((s) => s.write);
    const acknowledged: AcknowledgedWrite[] = writes.filter((s) => s.ok && s.changeId).map((s) => ({ intent: s.write!, changeId: s.changeId! }));
    const failed = writes.filter((s) => !(s.ok && s.changeId)).map((s) => s.write!);
    log(`fault: checking ${acknowledged.length} acknowledged and ${failed.length} failed writes against the audit trail…`);
    const audit = await auditSettledWrites(server.graphqlUrl, acknowledged, failed);

    return {
      startedAt: new Date(Date.now() - endedAt).toISOString(),
      connections: options.connections,
      timeline: { killedAt, neo4jRestartedAt, neo4jReadyAt, firstSuccessAt, endedAt },
      before: phase(inPhase('before')),
      inFlightAtKill: { ...phase(inFlight), unknownOutcome: inFlight.filter((s) => s.unknownOutcome).length },
      down: {
        ...phase(down),
        databaseUnavailableLatencyMs: summarize(down.filter((s) => s.codes.includes('DATABASE_UNAVAILABLE')).map((s) => s.end - s.start)),
      },
      restarting: phase(inPhase('restarting')),
      after: phase(inPhase('after')),
      readyz: {
        checks: readyzWhileDown.length,
        statuses: tally(readyzWhileDown.map((c) => String(c.status))),
        latencyMs: summarize(readyzWhileDown.map((c) => c.end - c.start)),
        firstReadyAfterNeo4jMs: readyAgain ? round(readyAgain.end - neo4jReadyAt) : null,
      },
      recoveryMs: firstSuccessAt === null ? null : round(firstSuccessAt - neo4jReadyAt),
      writes: {
        ...audit,
        acknowledgedByPhase: tally(writes.filter((s) => s.ok && s.changeId).map(phaseOf)),
        unknownOutcome: writes.filter((s) => s.unknownOutcome).length,
      },
      serverRssMb: memory,
      serverErrors: server.errorLog(),
      machine: { before, after },
    };
  });
}
