import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** `npm run bench:backup` as docs/backup.md gives it, on the curated graph alone (no synthetic enterprises). */
describe('npm run bench:backup', () => {
  it('exports, restores into an empty Neo4j and exports again byte for byte, printing the times', async () => {
    const results = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-backup-results-'));
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'bench:backup', '--', '--enterprises', '0', '--heap', '512m', '--results', results], {
      timeout: 240_000,
    });
    expect(stdout).toMatch(/^graph: 163 entities, \d+ relationships/m);
    expect(stdout).toMatch(/^export: +[\d.]+ s/m);
    expect(stdout).toMatch(/^restore: [\d.]+ s/m);
    expect(stdout).toContain('byte-identical to the first');
    const report = JSON.parse(fs.readFileSync(path.join(results, 'backup-163.json'), 'utf8')) as { identical: boolean; seconds: Record<string, number>; machine: { cpus: number } };
    expect(report).toMatchObject({ identical: true, machine: { cpus: expect.any(Number) } });
    expect(Object.keys(report.seconds).sort()).toEqual(['export', 'exportOfRestored', 'restore', 'restoreCheck', 'restoreWrite']);
    fs.rmSync(results, { recursive: true, force: true });
  }, 300_000);
});
