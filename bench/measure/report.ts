import type { SideMeasurement } from './latency.js';

export type Side = 'a' | 'b' | 'c';

export const SIDE_NAMES: Record<Side, string> = {
  a: 'this API over HTTP',
  b: '@neo4j/graphql 7 over HTTP',
  c: 'raw Cypher through neo4j-driver',
};

export interface QueryResult {
  name: string;
  title: string;
  /** At --connections requests in flight: throughput (and latency under load). */
  sides: Record<Side, SideMeasurement>;
  /** With one request in flight: latency alone; null for the mix. */
  alone: Record<Side, SideMeasurement> | null;
  /** a's requests/s over b's: above 1, a answers more. */
  throughputAOverB: number;
  /** a's median latency over c's, alone when measured so (else under load): 1 is the floor. */
  medianAOverC: number;
  /** Side a's resident memory while this query was timed, in MB (absent in reports before it was measured). */
  apiRssMb?: { startMb: number; peakMb: number; endMb: number };
}

export interface Overall {
  /** Per side: answers per second over the whole mix (every query ran as long). */
  requestsPerSecond: Record<Side, number>;
  throughputAOverB: number;
  /** Geometric means of the per-query ratios. */
  geometricMeanThroughputAOverB: number;
  geometricMeanMedianAOverC: number;
  /** Measured on a mixed load: every connection asks every question in turn; null for one question. */
  mix: QueryResult | null;
}

const ratio = (x: number, y: number) => Math.round((x / y) * 100) / 100;

export function queryResult(
  name: string,
  title: string,
  sides: Record<Side, SideMeasurement>,
  alone: Record<Side, SideMeasurement> | null,
): QueryResult {
  const latency = alone ?? sides;
  return {
    name,
    title,
    sides,
    alone,
    throughputAOverB: ratio(sides.a.requestsPerSecond, sides.b.requestsPerSecond),
    medianAOverC: ratio(latency.a.latencyMs.p50, latency.c.latencyMs.p50),
  };
}

function geometricMean(values: number[]): number {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  return finite.length === 0 ? Number.NaN : Math.round(Math.exp(finite.reduce((s, v) => s + Math.log(v), 0) / finite.length) * 100) / 100;
}

export function overallOf(results: QueryResult[], mix: QueryResult | null): Overall {
  const perSide = (side: Side) => {
    const ok = results.reduce((sum, r) => sum + r.sides[side].ok, 0);
    const seconds = results.reduce((sum, r) => sum + r.sides[side].seconds, 0);
    return Math.round((ok / seconds) * 10) / 10;
  };
  const requestsPerSecond = { a: perSide('a'), b: perSide('b'), c: perSide('c') };
  return {
    requestsPerSecond,
    throughputAOverB: ratio(requestsPerSecond.a, requestsPerSecond.b),
    geometricMeanThroughputAOverB: geometricMean(results.map((r) => r.throughputAOverB)),
    geometricMeanMedianAOverC: geometricMean(results.map((r) => r.medianAOverC)),
    mix,
  };
}
