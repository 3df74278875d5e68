import { type SideMeasurement, measurement } from './latency.js';

export interface LoadOptions {
  /** Requests in flight at any time. */
  connections: number;
  /** About how long each side's timed runs last together, in seconds. */
  durationSeconds: number;
  /** The timed runs of each side, taking turns with the other sides'. */
  rounds: number;
  /** About how long each side's warm-up lasts, in seconds. */
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

/** Doubles the batch until it has run for `warmupSeconds`; resolves with the last batch's answers per second. */
async function warmUp(batch: Batch, options: LoadOptions, turn: number): Promise<number> {
  let amount = turn;
  let seconds = 0;
  let rate = 0;
  do {
    const warm = await batch(amount, options.connections);
    seconds += warm.seconds;
    rate = answered(warm) / warm.seconds;
    amount *= 2;
  } while (seconds < options.warmupSeconds);
  return rate;
}

/**
 * Times several sides on one question: each side warms up, then the sides take turns, one at a
 * time, for `rounds` timed runs each, so that a change in the machine's load during the
 * measurement falls on every side alike. Every run is a fixed number of requests at fixed
 * concurrency and waits for its last answer, so a request slower than the run is timed rather
 * than cut off, and none is still running on the server when the next run starts. A side's runs
 * are sized from its warm-up's rate to last about `durationSeconds` together (at least one
 * request per connection each).
 *
 * With a batch of several `questions`, asked in turn on every connection, every batch (warm-up
 * included) is a whole number of turns, each connection asking each question once per turn: a
 * batch cut short would ask the first questions more often than the last, and a small one (a
 * slow graph, a short run) might never reach the last at all.
 */
export async function measureSides<S extends string>(
  batches: Record<S, Batch>,
  options: LoadOptions,
  onRun: (side: S) => void,
  questions = 1,
): Promise<Record<S, SideMeasurement>> {
  const sides = Object.keys(batches) as S[];
  const turn = options.connections * questions;
  const amounts = {} as Record<S, number>;
  for (const side of sides) {
    onRun(side);
    const rate = await warmUp(batches[side], options, turn);
    amounts[side] = Math.max(1, Math.round((rate * options.durationSeconds) / options.rounds / turn)) * turn;
  }
  const runs = Object.fromEntries(sides.map((side) => [side, [] as BatchResult[]])) as Record<S, BatchResult[]>;
  for (let round = 0; round < options.rounds; round++) {
    for (const side of sides) {
      onRun(side);
      runs[side].push(await batches[side](amounts[side], options.connections));
    }
  }
  return Object.fromEntries(
    sides.map((side) => {
      const all = runs[side];
      const sum = (pick: (r: BatchResult) => number) => all.reduce((total, r) => total + pick(r), 0);
      return [
        side,
        measurement(
          all.flatMap((r) => r.samples),
          sum((r) => r.seconds),
          { graphqlErrors: sum((r) => r.graphqlErrors), non2xx: sum((r) => r.non2xx), failures: sum((r) => r.failures) },
        ),
      ];
    }),
  ) as Record<S, SideMeasurement>;
}
