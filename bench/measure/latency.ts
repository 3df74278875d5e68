/** Latency statistics in milliseconds, from every sample (nearest-rank percentiles). */
export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  max: number;
}

/** The value at percentile `p` (0-100) of ascending `sorted`: the smallest with at least p% of the samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** What one side did for one query in one timed run. */
export interface SideMeasurement {
  /** Answers without an error: the ones timed. */
  ok: number;
  /** HTTP 200 answers that carried GraphQL errors. */
  graphqlErrors: number;
  /** Answers with another status than 2xx. */
  non2xx: number;
  /** Requests that got no answer: connection errors, timeouts, or (side c) a failed statement. */
  failures: number;
  /** Length of the timed run, in seconds. */
  seconds: number;
  /** `ok` per second. */
  requestsPerSecond: number;
  /** Of the `ok` answers. */
  latencyMs: LatencySummary;
}

export function measurement(samples: readonly number[], seconds: number, errors: Omit<SideMeasurement, 'ok' | 'seconds' | 'requestsPerSecond' | 'latencyMs'>): SideMeasurement {
  return {
    ok: samples.length,
    ...errors,
    seconds: round(seconds),
    requestsPerSecond: Math.round((samples.length / seconds) * 10) / 10,
    latencyMs: summarizeLatencies(samples),
  };
}
