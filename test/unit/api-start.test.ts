import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ENTRY, API_NODE_OPTIONS } from '../../scripts/build-api.js';

describe('npm start', () => {
  it('runs the compiled API with the Node options the benchmarks and start-up tests use', () => {
    const { scripts } = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(['node', ...API_NODE_OPTIONS, API_ENTRY].join(' '));
  });

  it('gives Node only options it knows', () => {
    const run = spawnSync(process.execPath, [...API_NODE_OPTIONS, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
