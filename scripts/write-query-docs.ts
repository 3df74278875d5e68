// Regenerates docs/queries.md: runs every example in docs/queries/*.graphql against a freshly
// seeded graph (its own Neo4j on a free port) and writes each query with the answer it got.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../src/db/driver.js';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { curatedDataset } from '../src/ingest/read-dataset.js';
import { seedDataset } from '../src/ingest/seed.js';
import { startServer } from '../src/server.js';

const EXAMPLES_DIR = 'docs/queries';
const OUTPUT = 'docs/queries.md';
const MAX_ANSWER_LINES = 80;

interface Example {
  file: string;
  title: string;
  audience: string;
  text: string[];
  query: string;
  variables: Record<string, unknown> | undefined;
}

/** Header lines: `# title: …`, `# for: …`, `# variables: {…}`, other `# ` lines are the explanation. */
function readExample(file: string): Example {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines.filter((line) => line.startsWith('#')).map((line) => line.replace(/^#\s?/, ''));
  const value = (key: string) => header.find((line) => line.startsWith(`${key}:`))?.slice(key.length + 1).trim();
  const variables = value('variables');
  return {
    file,
    title: value('title') ?? path.basename(file),
    audience: value('for') ?? 'everyone',
    text: header.filter((line) => !/^(title|for|variables):/.test(line)),
    query: lines.filter((line) => !line.startsWith('#')).join('\n').trim(),
    variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
  };
}

function truncate(json: string): string {
  const lines = json.split('\n');
  return lines.length <= MAX_ANSWER_LINES ? json : [...lines.slice(0, MAX_ANSWER_LINES), `… (${lines.length - MAX_ANSWER_LINES} more lines)`].join('\n');
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-docs-'));
  const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '512m', pageCache: '128m' });
  const driver = createDriver({ uri: neo4j.uri });
  try {
    await seedDataset(driver, curatedDataset(), { database: 'neo4j' });
    const server = await startServer({ driver, neo4jUri: neo4j.uri, database: 'neo4j', transactionTimeoutMs: 15_000, host: '127.0.0.1', port: 0 });
    try {
      const examples = fs
        .readdirSync(EXAMPLES_DIR)
        .filter((name) => name.endsWith('.graphql'))
        .sort()
        .map((name) => readExample(path.join(EXAMPLES_DIR, name)));
      const out = [
        '# Example queries',
        '',
        'Worked examples for each kind of user, with the answers the seeded graph gives. This page is',
        'written by `npm run docs:queries`, which runs every query in `docs/queries/` against a freshly',
        'seeded graph; edit the `.graphql` files, not this page.',
        '',
      ];
      for (const audience of [...new Set(examples.map((e) => e.audience))]) {
        out.push(`## For ${audience}`, '');
        for (const example of examples.filter((e) => e.audience === audience)) {
          const response = await fetch(server.graphqlUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: example.query, variables: example.variables }),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          if (body.errors && !example.text.some((line) => line.includes('error'))) {
            throw new Error(`${example.file} answered with errors: ${JSON.stringify(body.errors)}`);
          }
          out.push(`### ${example.title}`, '', ...example.text, '', '```graphql', example.query, '```', '');
          if (example.variables) out.push('Variables:', '', '```json', JSON.stringify(example.variables, null, 2), '```', '');
          out.push('Answer:', '', '```json', truncate(JSON.stringify(body, null, 2)), '```', '');
        }
      }
      fs.writeFileSync(OUTPUT, out.join('\n'));
      console.log(`wrote ${OUTPUT} from ${examples.length} examples`);
    } finally {
      await server.stop();
    }
  } finally {
    await driver.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
