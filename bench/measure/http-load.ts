import autocannon from 'autocannon';
import type { Batch, BatchResult } from './load.js';

/** Apollo writes `errors` first, so an answer with GraphQL errors starts with it. */
function hasGraphQLErrors(body: string): boolean {
  return body.startsWith('{"errors"');
}

/**
 * Sides a and b: batches of POSTs sent by autocannon. With several bodies every connection sends
 * them in turn, one after the other, as a client working through a mix of questions.
 */
export function httpBatch(url: string, bodies: readonly string[], timeoutSeconds: number): Batch {
  return (amount, connections) => {
    const samples: number[] = [];
    let graphqlErrors = 0;
    // autocannon calls the request's onResponse with the body, then emits `response` with the
    // time, synchronously for the same answer: the verdict is handed from one to the other.
    let verdict: 'ok' | 'graphqlError' | 'non2xx' = 'ok';
    const options: autocannon.Options = {
      url,
      connections: Math.min(connections, amount),
      amount,
      timeout: timeoutSeconds,
      requests: bodies.map((body) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body,
        onResponse: (status: number, responseBody: string) => {
          verdict = status < 200 || status > 299 ? 'non2xx' : hasGraphQLErrors(responseBody) ? 'graphqlError' : 'ok';
        },
      })),
    };
    // autocannon reports the end of a run on its next one-second tick, so the run's length is
    // taken up to its last answer instead.
    const started = performance.now();
    let lastAnswer = started;
    return new Promise<BatchResult>((resolve, reject) => {
      const instance = autocannon(options, (error: unknown, result: autocannon.Result) =>
        error
          ? reject(error instanceof Error ? error : new Error(String(error)))
          : resolve({ samples, graphqlErrors, non2xx: result.non2xx, failures: result.errors, seconds: (lastAnswer - started) / 1000 }),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        lastAnswer = performance.now();
        if (verdict === 'ok') samples.push(responseTime);
        else if (verdict === 'graphqlError') graphqlErrors++;
      });
      instance.on('reqError', () => {
        lastAnswer = performance.now();
      });
    });
  };
}
