// Compiles the API (src/) to JavaScript in dist/ with tsc, incrementally: an unchanged src/ costs
// a few seconds. `npm start`, the benchmarks and the start-up tests run dist/main.js under plain
// Node with API_NODE_OPTIONS, as a deployment would: about 50 MB less resident memory than the
// TypeScript under tsx, whose module loader runs on a thread of its own. dist/ mirrors src/ one
// level below the project root, so the modules find cypher/, data/, schema/ and web/dist/ as they
// do from src/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The compiled entry point, relative to the project root. */
export const API_ENTRY = 'dist/main.js';

/**
 * Node's options for the API process, wherever it is started (`npm start` says them again, and a
 * unit test holds the two equal). Before it collects again, V8 lets the old generation grow to up
 * to four times what survived its last full collection; under load nearly everything an answer
 * allocates outlives the young collections while its request waits on Neo4j, so the heap filled
 * with finished answers: 290-320 MB resident at 8 requests in flight, with 40-50 MB alive after a
 * full collection. Growing by at most twice keeps it near 220 MB at the same throughput
 * (docs/scaling.md).
 */
export const API_NODE_OPTIONS: readonly string[] = ['--heap-growing-percent=100'];

export function buildApi(): void {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${result.status ?? result.signal})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildApi();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}
