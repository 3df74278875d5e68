// Builds the explorer (web/) into web/dist: type-checks it (vite does not), then `vite build`.
// `--if-stale` builds only when web/dist is missing or older than any of its inputs; `npm start`
// and the browser tests use that, so a fresh clone builds once and an unchanged one never.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'web/dist');
const STAMP = path.join(DIST, '.build-stamp');
const INPUTS = ['web/src', 'web/index.html', 'web/graphiql', 'web/vite.config.ts', 'web/tsconfig.json', 'web/tsconfig.node.json', 'package-lock.json'];

function newestInput(): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of INPUTS) visit(path.join(ROOT, input));
  return newest;
}

/** True when web/dist is missing, or older than web/src or another input of the build. */
export function webBuildIsStale(): boolean {
  const stamp = fs.statSync(STAMP, { throwIfNoEntry: false });
  return !stamp || stamp.mtimeMs < newestInput();
}

function run(command: string, args: string[]): void {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin', command), args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function buildWeb(log: (line: string) => void = console.log): void {
  const started = Date.now();
  log('building the explorer (web/ → web/dist)…');
  run('tsc', ['-p', 'web/tsconfig.json']);
  run('tsc', ['-p', 'web/tsconfig.node.json']);
  run('vite', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  log(`built the explorer in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds when stale; returns whether it built. */
export function ensureWebBuild(log: (line: string) => void = console.log): boolean {
  if (!webBuildIsStale()) return false;
  buildWeb(log);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--if-stale')) ensureWebBuild();
    else buildWeb();
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
