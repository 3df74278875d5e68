import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measurement, type SideMeasurement } from '../../bench/measure/latency.js';
import { type BenchReport, markdownReport } from '../../bench/measure/markdown.js';
import { overallOf, queryResult, SIDE_NAMES, type Side } from '../../bench/measure/report.js';
import { scalingTable, writeScalingReport } from '../../bench/measure/scaling.js';

/** Every sample the same latency: p50 = p99 = `ms`, `rate` answers per second. */
const side = (ms: number, rate: number): SideMeasurement => measurement(Array(rate).fill(ms), 1, { graphqlErrors: 0, non2xx: 0, failures: 0 });
const sides = (a: number, b: number, c: number, rates: [number, number, number]): Record<Side, SideMeasurement> => ({
  a: side(a, rates[0]),
  b: side(b, rates[1]),
  c: side(c, rates[2]),
});

function report(enterprises: number, p50: { a: number; b: number; c: number }, rates: [number, number, number]): BenchReport {
  const queries = [queryResult('entityById', 'one entity', sides(p50.a * 4, p50.b * 4, p50.c * 4, rates), sides(p50.a, p50.b, p50.c, [50, 50, 50]))];
  return {
    date: '2026-12-04T00:00:00.000Z',
    options: { connections: 8, durationSeconds: 1, rounds: 1, warmupSeconds: 0, timeoutSeconds: 30, transactionTimeoutMs: 1000, enterprises, seed: 1, heap: '2g', pageCache: '2g' },
    machine: { cpus: 2, cpuModel: 'test', memoryGb: 1, os: 'test', node: 'v20', loadAverage: { start: [0, 0, 0], end: [0, 0, 0] } },
    data: { nodes: enterprises * 2, relationships: enterprises * 10, entities: enterprises * 2, enterprises, neo4jVersion: '5.26', generation: null, targets: {} as BenchReport['data']['targets'] },
    sides: SIDE_NAMES,
    queries,
    overall: overallOf(queries, null),
    apiRssMb: { startMb: 100, peakMb: enterprises / 1000, endMb: 120 },
    peerFailures: enterprises > 10_000 ? { entityById: 'entityById: side b failed: memory limit' } : {},
  };
}

describe('the scaling report of npm run bench -- --scales', () => {
  const reports = [report(10_000, { a: 2, b: 3, c: 1 }, [400, 200, 800]), report(100_000, { a: 3, b: 6, c: 2 }, [300, 100, 600])];

  it('puts every scale of a query side by side, with the ratios the goals are stated in', () => {
    const lines = scalingTable(reports).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('| entityById | 10,000 | 2.00 | 2.00 | 3.00 | 1.00 | 400 | 200 | 800 | 2.00× | 2.00× | - |');
    // p50 alone 3 ms at 100,000 after 2 ms at 10,000: 1.5× the previous scale.
    expect(lines[3]).toBe('| entityById | 100,000 | 3.00 | 3.00 | 6.00 | 2.00 | 300 | 100 | 600 | 3.00× | 1.50× | 1.50× |');
  });

  it('writes the JSON, the markdown and two SVG charts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-'));
    try {
      const files = await writeScalingReport(reports, new Date('2026-12-04T10:00:00Z'), { resultsDir: dir, chartsDir: path.join(dir, 'charts') });
      expect(files.map((f) => path.basename(f))).toEqual(['scaling-2026-12-04T10-00-00-000Z.json', 'scaling-latest.md', 'latency.svg', 'throughput.svg']);
      expect(JSON.parse(fs.readFileSync(files[0]!, 'utf8')).scales).toHaveLength(2);
      const markdown = fs.readFileSync(files[1]!, 'utf8');
      expect(markdown).toContain('--scales 10000,100000');
      expect(markdown).toContain("100,000 enterprises: 200,000 nodes, 1,000,000 relationships; load average 0 0 0 → 0 0 0; side a's memory at most 100 MB resident; side b could not answer entityById.");
      for (const svg of files.slice(2)) {
        const text = fs.readFileSync(svg, 'utf8');
        expect(text.startsWith('<svg')).toBe(true);
        expect(text).toContain('entityById');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the report of one scale', () => {
  it("gives side a's memory during each query where the run measured it", () => {
    const measured = report(10_000, { a: 2, b: 3, c: 1 }, [400, 200, 800]);
    measured.queries[0] = { ...measured.queries[0]!, apiRssMb: { startMb: 101, peakMb: 187.5, endMb: 140 } };
    expect(markdownReport(measured)).toContain('10 MB at the peak, 120 MB at the end. By query (start → peak → end): entityById 101 → 187.5 → 140.');
    expect(markdownReport(report(10_000, { a: 2, b: 3, c: 1 }, [400, 200, 800]))).toContain('120 MB at the end.\n');
  });
});
