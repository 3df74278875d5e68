import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** `npm run bench:backup` as docs/backup.md gives it, on the curated graph alone (no synthetic enterprises). */
describe('npm run bench:backup', () => {
  it('exports, restores into an empty Neo4j and exports again byte for byte, printing the times', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'bench:backup', '--', '--enterprises', '0', '--heap', '512m'], {
      timeout: 240_000,
    });
    expect(stdout).toMatch(/^graph: 163 entities, \d+ relationships/m);
    expect(stdout).toMatch(/^export: +[\d.]+ s/m);
    expect(stdout).toMatch(/^restore: [\d.]+ s/m);
    expect(stdout).toContain('byte-identical to the first');
  }, 300_000);
});
