import { type SideMeasurement, measurement } from './latency.js';

export interface LoadOptions {
  /** Requests in flight at any time. */
  connections: number;
  /** About how long the timed run lasts, in seconds. */
  durationSeconds: number;
  /** About how long the warm-up before it lasts, in seconds. */
  warmupSeconds: number;
  /** A request still unanswered after this long counts as a failure. */
  timeoutSeconds: number;
}

/** What a batch of requests did: the latencies (ms) of the answers without errors, the rest counted. */
export interface BatchResult {
  samples: number[];
  graphqlErrors: number;
  non2xx: number;
  failures: number;
  seconds: number;
}

/** Sends `amount` requests, `connections` in flight, and resolves once every one is answered or has failed. */
export type Batch = (amount: number, connections: number) => Promise<BatchResult>;

const answered = (r: BatchResult) => r.samples.length + r.graphqlErrors + r.non2xx + r.failures;

/**
 * A warm-up, then a timed run, both at fixed concurrency. Every run is a fixed number of requests
 * and waits for the last answer, so a request slower than the run is timed rather than cut off,
 * and none is still running on the server when the next run starts. The warm-up doubles its
 * batch until it has run for `warmupSeconds`; its last batch's rate sizes the timed run to last
 * about `durationSeconds` (at least two requests per connection).
 */
export async function measureLoad(batch: Batch, options: LoadOptions): Promise<SideMeasurement> {
  const { connections } = options;
  let amount = connections;
  let warmedSeconds = 0;
  let rate = 0;
  do {
    const warm = await batch(amount, connections);
    warmedSeconds += warm.seconds;
    rate = answered(warm) / warm.seconds;
    amount *= 2;
  } while (warmedSeconds < options.warmupSeconds);
  const timed = await batch(Math.max(2 * connections, Math.round(rate * options.durationSeconds)), connections);
  return measurement(timed.samples, timed.seconds, { graphqlErrors: timed.graphqlErrors, non2xx: timed.non2xx, failures: timed.failures });
}
