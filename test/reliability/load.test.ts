import { describe, expect, it } from 'vitest';
import { runLoad } from '../../bench/support/load-run.js';

/** bench/load.ts in CI size: no timing assertions, only that nothing fails and nothing acknowledged is lost. */
describe('the API under a read/write load', () => {
  it('answers every request without an error, and every acknowledged write is in the graph', async () => {
    const report = await runLoad({ durationSec: 10, connections: 8, log: (line) => process.stderr.write(`${line}\n`) });

    expect(report.requests.total).toBeGreaterThan(0);
    expect(report.errorCodes).toEqual({});
    expect(report.requests.non2xx).toBe(0);
    expect(report.requests.graphqlErrors).toBe(0);
    expect(report.requests.noAnswer).toBe(0);
    for (const kind of report.byKind) expect(kind.count, `${kind.kind} requests`).toBeGreaterThan(0);

    expect(report.writes.acknowledged).toBeGreaterThan(0);
    expect(report.writes.acknowledgedMissing).toEqual([]);
    // Writes cut off when the run ended have no answer: either nothing of them is stored, or all of it.
    expect(report.writes.failedInconsistent).toEqual([]);
  }, 600_000);
});
