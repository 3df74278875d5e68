import autocannon from 'autocannon';
import { type AcknowledgedWrite, type AuditReport, auditSettledWrites } from './audit.js';
import { sampleRss } from './server.js';
import { withBenchStack } from './stack.js';
import { type LatencySummary, machine, round, summarize, tally } from './stats.js';
import { MIX, nextPageOf, type Operation, type OperationKind, outcomeOf } from './workload.js';

export interface LoadOptions {
  durationSec: number;
  connections: number;
  log: (line: string) => void;
}

export interface LoadReport {
  startedAt: string;
  durationSec: number;
  connections: number;
  requests: {
    total: number;
    perSecond: number;
    /** Answers other than HTTP 2xx. */
    non2xx: number;
    /** Answers with GraphQL errors (whatever their HTTP status). */
    graphqlErrors: number;
    /** Connection errors and timeouts: no answer at all. */
    noAnswer: number;
  };
  latencyMs: LatencySummary & { mean: number };
  byKind: ({ kind: OperationKind; share: number; errors: number } & LatencySummary)[];
  errorCodes: Record<string, number>;
  writes: AuditReport;
  serverRssMb: { startMb: number; peakMb: number; endMb: number };
  /** The server's error log lines (an unexpected error is logged there in full). */
  serverErrors: string[];
  machine: { before: ReturnType<typeof machine>; after: ReturnType<typeof machine> };
}

interface RequestContext {
  operation?: Operation;
  sentAt?: number;
}

/**
 * Starts a Neo4j of its own (temporary folder, free port), the API over it as a child process
 * (which seeds the curated graph), warms it up, then runs autocannon for `durationSec` with the
 * workload mix, and finally checks every acknowledged write against the audit trail.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const { log } = options;
  return withBenchStack('load', { log }, async ({ server, workload }) => {
    const before = machine();
    log(`load: ${options.connections} connections for ${options.durationSec} s against ${server.graphqlUrl} (load average ${before.loadAverage.join(' ')})`);

    const timings = new Map<OperationKind, number[]>(Object.keys(MIX).map((kind) => [kind as OperationKind, []]));
    const failures = new Map<OperationKind, number>();
    const codes: string[] = [];
    const acknowledged: AcknowledgedWrite[] = [];
    // Writes sent and not yet answered; those left at the end never got an answer.
    const unanswered = new Set<Operation>();
    const unacknowledged: Operation[] = [];
    let graphqlErrors = 0;

    const rss = sampleRss(server);
    const startedAt = new Date().toISOString();
    const result = await autocannon({
      url: server.graphqlUrl,
      connections: options.connections,
      duration: options.durationSec,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context: RequestContext) => {
            const operation = workload.next();
            context.operation = operation;
            context.sentAt = performance.now();
            if (operation.write) unanswered.add(operation);
            return { ...request, method: 'POST', headers: operation.headers, body: operation.body };
          },
          onResponse: (status, body, context: RequestContext) => {
            const operation = context.operation!;
            timings.get(operation.kind)!.push(performance.now() - context.sentAt!);
            const outcome = outcomeOf(operation, status, body);
            if (operation.kind === 'list' && outcome.ok) workload.notePage(nextPageOf(body));
            if (!outcome.ok) {
              failures.set(operation.kind, (failures.get(operation.kind) ?? 0) + 1);
              codes.push(...outcome.errorCodes);
              if (outcome.errorCodes.some((code) => !code.startsWith('HTTP_'))) graphqlErrors += 1;
            }
            if (operation.write) {
              unanswered.delete(operation);
              if (outcome.ok && outcome.changeId) acknowledged.push({ intent: operation.write, changeId: outcome.changeId });
              else unacknowledged.push(operation);
            }
          },
        },
      ],
    });
    const memory = rss.stop();
    const after = machine();
    unacknowledged.push(...unanswered);

    log(`load: checking ${acknowledged.length} acknowledged writes against the audit trail…`);
    const writes = await auditSettledWrites(
      server.graphqlUrl,
      acknowledged,
      unacknowledged.map((operation) => operation.write!),
    );
    const total = result.requests.total;
    const answered = [...timings.values()].reduce((sum, list) => sum + list.length, 0);
    return {
      startedAt,
      durationSec: options.durationSec,
      connections: options.connections,
      requests: {
        total,
        perSecond: round(total / result.duration),
        non2xx: result.non2xx,
        graphqlErrors,
        noAnswer: result.errors + result.timeouts,
      },
      latencyMs: {
        count: total,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: round(result.latency.average),
      },
      byKind: [...timings].map(([kind, values]) => ({
        kind,
        share: answered > 0 ? round((100 * values.length) / answered) : 0,
        errors: failures.get(kind) ?? 0,
        ...summarize(values),
      })),
      errorCodes: tally(codes),
      writes,
      serverRssMb: memory,
      serverErrors: server.errorLog(),
      machine: { before, after },
    };
  });
}
