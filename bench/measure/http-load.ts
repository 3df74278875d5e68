import autocannon from 'autocannon';
import type { Batch, BatchResult } from './load.js';

/** Apollo writes `errors` first, so an answer with GraphQL errors starts with it. */
function hasGraphQLErrors(body: string): boolean {
  return body.startsWith('{"errors"');
}

/** Sides a and b: batches of the same POST, sent by autocannon. */
export function httpBatch(url: string, body: string, timeoutSeconds: number): Batch {
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
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          onResponse: (status, responseBody) => {
            verdict = status < 200 || status > 299 ? 'non2xx' : hasGraphQLErrors(responseBody) ? 'graphqlError' : 'ok';
          },
        },
      ],
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
