// Compiles the API (src/) to JavaScript in dist/ with tsc, incrementally: an unchanged src/ costs
// a few seconds. `npm start`, the benchmarks and the start-up tests run dist/main.js under plain
// Node, as a deployment would: about 50 MB less resident memory than the TypeScript under tsx,
// whose module loader runs on a thread of its own. dist/ mirrors src/ one level below the project
// root, so the modules find cypher/, data/, schema/ and web/dist/ as they do from src/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The compiled entry point, relative to the project root. */
export const API_ENTRY = 'dist/main.js';

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
