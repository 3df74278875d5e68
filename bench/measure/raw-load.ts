import type { Batch } from './load.js';

/**
 * Side c: batches of requests, `connections` loops each sending the next request when the last one
 * is answered; the amount is shared out between the loops up front, as autocannon does. With
 * several kinds of work every loop runs them in turn, as httpBatch does with several bodies.
 */
export function rawBatch(works: readonly (() => Promise<unknown>)[]): Batch {
  return async (amount, connections) => {
    const samples: number[] = [];
    let failures = 0;
    const loops = Math.min(connections, amount);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: loops }, async (_, loop) => {
        const share = Math.floor(amount / loops) + (loop < amount % loops ? 1 : 0);
        for (let i = 0; i < share; i++) {
          const at = performance.now();
          try {
            await works[i % works.length]!();
            samples.push(performance.now() - at);
          } catch {
            failures++;
          }
        }
      }),
    );
    return { samples, graphqlErrors: 0, non2xx: 0, failures, seconds: (performance.now() - started) / 1000 };
  };
}
