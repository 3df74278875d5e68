import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles in ms, rounded to 0.1 ms; zeros for no values. */
export function summarize(valuesMs: readonly number[]): LatencySummary {
  if (valuesMs.length === 0) return { count: 0, p50: 0, p99: 0, max: 0 };
  const sorted = [...valuesMs].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
  return { count: sorted.length, p50: at(50), p99: at(99), max: round(sorted.at(-1)!) };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[], numeric: boolean[]) =>
    row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  return [line(header, numeric), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map((row) => line(row, numeric))].join('\n');
}

/** What else was running: the numbers depend on it (2 cores shared with other work). */
export function machine(): { cpus: number; loadAverage: number[] } {
  return { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => round(l, 2)) };
}

export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Counts of each value. */
export function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
