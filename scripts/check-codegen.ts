// Fails when what `npm run codegen` writes (schema/entities.graphql, its mappers and the resolver
// types under src/graphql/, the explorer's and the typed client's operation types under web/src/gql/ and clients/typescript/src/gql/) differs from the
// committed files, and leaves the files as it found them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['src/graphql', 'schema', 'web/src/gql', 'clients/typescript/src/gql'];

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of ROOTS.flatMap((root) => fs.readdirSync(root, { withFileTypes: true, recursive: true }))) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(file, fs.readFileSync(file, 'utf8'));
  }
  return files;
}

const before = snapshot();
const run = spawnSync('npm', ['run', '--silent', 'codegen', '--', '--silent'], { encoding: 'utf8' });
const after = snapshot();

const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
for (const [file, text] of before) {
  if (after.get(file) !== text) fs.writeFileSync(file, text);
}
for (const file of after.keys()) {
  if (!before.has(file)) fs.rmSync(file);
}

if (run.status !== 0) {
  console.error(`codegen failed:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
if (changed.length > 0) {
  console.error(`codegen output is stale; run \`npm run codegen\` and commit:\n  ${changed.join('\n  ')}`);
  process.exit(1);
}
console.log('codegen output is current');
