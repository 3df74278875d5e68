import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { curatedDataset } from '../../src/ingest/read-dataset.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { backupCommands } from '../support/backup-commands.js';
import { bearer, KEYS, testAuth } from '../support/editing.js';

/**
 * Every command and GraphQL example of README.md and docs/*.md, run as written against a seeded
 * API, checked against what the text says: a GraphQL block followed by a JSON answer must give
 * that answer; any other GraphQL block must run without errors; every shell command is run here
 * or named in COMMANDS with the test that runs it; examples in the prose are in PROSE.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Block {
  doc: string;
  line: number;
  lang: string;
  code: string;
}

function blocksOf(doc: string): Block[] {
  const lines = fs.readFileSync(path.join(ROOT, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: { lang: string; line: number; code: string[] } | null = null;
  lines.forEach((text, i) => {
    // Fences inside list items are indented; their content keeps the indent.
    const fence = /^\s*```(\w*)\s*$/.exec(text);
    if (fence && !open) open = { lang: fence[1]!, line: i + 1, code: [] };
    else if (fence && open) {
      blocks.push({ doc, line: open.line, lang: open.lang, code: open.code.join('\n') });
      open = null;
    } else if (open) open.code.push(text);
  });
  return blocks;
}

/** Shell commands of a block: comments dropped, continuation lines joined. */
function commandsOf(block: Block): string[] {
  return block.code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

const backups = backupCommands(ROOT);

/**
 * How each documented command is proved: run here against a seeded API (`runHere`), run here by
 * `run` (which checks what it prints), or by the test that runs it (a command that starts the whole
 * stack, downloads, or takes minutes). A command in no row fails the test.
 */
const COMMANDS: { pattern: RegExp; runHere?: true; run?: (command: string) => Promise<void>; testedBy?: string }[] = [
  { pattern: /^curl -s "localhost:\$\{PORT:-4000\}\/graphql"/, runHere: true },
  { pattern: /^npm ci && npm start$/, testedBy: 'test/e2e/process-lifecycle.test.ts' },
  { pattern: /^npm test$/, testedBy: 'vitest.config.ts' },
  { pattern: /^npm run import -- enterprises\.csv( --dry-run| --actor "Li Na")?$/, testedBy: 'test/integration/import.test.ts' },
  { pattern: /^npm run generate -- (--enterprises \d+ --seed \d+|--clear)$/, testedBy: 'test/integration/generate.test.ts' },
  { pattern: /^npm run seed$/, testedBy: 'test/integration/seed.test.ts' },
  {
    pattern: /^NEO4J_LOCAL_DATA=\S+ NEO4J_LOCAL_HEAP=\w+ NEO4J_LOCAL_PAGE_CACHE=\w+ npm run generate -- --enterprises \d+$/,
    testedBy: 'test/integration/generate-bulk.test.ts',
  },
  {
    pattern: /^npm run export -- backups\/today$/,
    run: async (command) => {
      expect(await backups.run(command)).toMatch(/^exported \S+ to backups\/today in [\d.]+ s: \d+ candidates, \d+ changes, 164 entities, /m);
      expect(fs.existsSync(path.join(ROOT, 'backups/today/backup.yaml'))).toBe(true);
    },
  },
  {
    pattern: /^npm run restore -- backups\/today$/,
    // Into the database it was exported from, which holds only the backup: it changes nothing.
    run: async (command) => expect(await backups.run(command)).toMatch(/^restored backups\/today into \S+ in [\d.]+ s: 164 entities, /m),
  },
  {
    pattern: /^npm run restore -- backups\/today --check$/,
    run: async (command) => expect(await backups.run(command)).toMatch(/^backup valid: 164 entities, \d+ relationships, 1 sources, /m),
  },
  {
    pattern: /^npm run revert -- change:6f1c…$/,
    run: async (command) => expect(await backups.run(command)).toMatch(/^reverted change:\S+ \(createEnterprise by api-key:docs at \S+\): 1 entries undone, recorded as change:\S+$/m),
  },
  { pattern: /^npm run bench:backup -- --enterprises \d+$/, testedBy: 'test/integration/bench-backup.test.ts' },
  { pattern: /^npm run add-source -- \S+\.txt --title /, testedBy: 'test/integration/add-source.test.ts' },
];

/**
 * Examples the prose gives without a code block, and what the text promises of them. A search
 * example must find the entity the text means among its first hits.
 */
const PROSE: { doc: string; text: string; search: string; finds: string }[] = [
  { doc: 'README.md', text: '(博览, expo, 重庆博览中心, zbj)', search: '博览', finds: 'platform:chongqing-international-expo-center' },
  { doc: 'README.md', text: '(博览, expo, 重庆博览中心, zbj)', search: 'expo', finds: 'platform:chongqing-international-expo-center' },
  { doc: 'README.md', text: '(博览, expo, 重庆博览中心, zbj)', search: '重庆博览中心', finds: 'platform:chongqing-international-expo-center' },
  { doc: 'README.md', text: '(博览, expo, 重庆博览中心, zbj)', search: 'zbj', finds: 'enterprise:zhubajie' },
  { doc: 'README.md', text: 'variants (猪八戒网络, 重庆两江新区)', search: '猪八戒网络', finds: 'enterprise:zhubajie' },
  { doc: 'README.md', text: 'variants (猪八戒网络, 重庆两江新区)', search: '重庆两江新区', finds: 'new-area:liangjiang' },
  { doc: 'README.md', text: 'traditional characters (兩江新區)', search: '兩江新區', finds: 'new-area:liangjiang' },
];

const exec = promisify(execFile);
/** A GraphQL block, its variables (a JSON block before the answer) and its answer (the JSON block after it). */
const graphqlBlocks = DOCS.flatMap((doc) => {
  const blocks = blocksOf(doc);
  return blocks.flatMap((block, i): { block: Block; variables: Block | undefined; answer: Block | undefined }[] => {
    if (block.lang !== 'graphql') return [];
    const [first, second] = [blocks[i + 1], blocks[i + 2]];
    if (first?.lang === 'json' && second?.lang === 'json') return [{ block, variables: first, answer: second }];
    return [{ block, variables: undefined, answer: first?.lang === 'json' ? first : undefined }];
  });
});

/**
 * Whether `answer` is what the doc shows: the response as pretty JSON, line for line, where the doc
 * may end with "… (N more lines)" (scripts/write-query-docs.ts cuts long answers so).
 */
function expectShown(answer: unknown, shown: string): void {
  const lines = JSON.stringify(answer, null, 2).split('\n');
  const shownLines = shown.split('\n');
  const more = /^… \((\d+) more lines\)$/.exec(shownLines.at(-1) ?? '');
  if (!more) {
    expect(lines.join('\n')).toBe(shown);
    return;
  }
  const kept = shownLines.slice(0, -1);
  expect(lines.slice(0, kept.length).join('\n')).toBe(kept.join('\n'));
  expect(lines.length).toBe(kept.length + Number(more[1]));
}
const commands = DOCS.flatMap((doc) => blocksOf(doc).filter((b) => b.lang === 'sh').flatMap((block) => commandsOf(block).map((command) => ({ block, command }))));

describe('README.md and docs/*.md do what they say', () => {
  let api: SeededApi | null = null;
  afterEach(async () => {
    await api?.stop();
    api = null;
  });
  /** One freshly seeded API per document: the answers in docs/queries.md are those of the seeded graph. */
  let docApi: { doc: string; api: SeededApi } | null = null;
  const apiFor = async (doc: string) => {
    if (docApi?.doc !== doc) {
      await docApi?.api.stop();
      // What the docs show is checked here, not speed: a busy machine must not turn an answer into a timeout.
      docApi = { doc, api: await startSeededApi({ auth: testAuth(), transactionTimeoutMs: 60_000 }) };
    }
    return docApi.api;
  };
  afterAll(async () => {
    await docApi?.api.stop();
    await backups.close();
  });

  it('finds examples to check', () => {
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(11);
    expect(commands.length).toBeGreaterThanOrEqual(10);
  });

  it.each(graphqlBlocks.map(({ block, variables, answer }) => [`${block.doc}:${block.line}`, block, variables, answer] as const))(
    'GraphQL at %s',
    async (_where, block, variables, answer) => {
      const docs = await apiFor(block.doc);
      const body = await docs.query(block.code, variables ? (JSON.parse(variables.code) as Record<string, unknown>) : {}, bearer(KEYS.editor));
      if (answer) {
        expectShown(body, answer.code);
      } else {
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        expect(body.data).toBeTruthy();
      }
    },
    180_000,
  );

  it.each(commands.map(({ block, command }) => [`${block.doc}:${block.line}`, command] as const))('command at %s: %s', async (_where, command) => {
    const row = COMMANDS.find((c) => c.pattern.test(command));
    expect(row, `no row of COMMANDS says how "${command}" is tested`).toBeDefined();
    if (row!.testedBy) {
      expect(fs.existsSync(path.join(ROOT, row!.testedBy)), row!.testedBy).toBe(true);
      return;
    }
    if (row!.run) {
      await row!.run(command);
      return;
    }
    api = await startSeededApi();
    const { port } = new URL(api.server.url);
    const { stdout } = await exec('bash', ['-c', command], { env: { ...process.env, PORT: port } });
    const answer = JSON.parse(stdout) as { data?: { graphStats?: { nodeCount: number; relationshipCount: number; neo4jVersion: string } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.graphStats).toMatchObject({ nodeCount: expect.any(Number), relationshipCount: expect.any(Number), neo4jVersion: expect.stringMatching(/^5\./) });
  });

  it.each(PROSE.map((p) => [p.search, p] as const))('the prose example %s finds what the text means', async (_search, example) => {
    expect(fs.readFileSync(path.join(ROOT, example.doc), 'utf8')).toContain(example.text);
    api = await startSeededApi();
    const body = await api.query<{ search: { entity: { id: string } }[] }>('query($t: String!) { search(text: $t, first: 5) { entity { id } } }', { t: example.search });
    expect(body.errors).toBeUndefined();
    expect(body.data!.search.map((hit) => hit.entity.id)).toContain(example.finds);
  });

  it('the counts README gives for the seeded graph are those of the dataset', () => {
    const dataset = curatedDataset();
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`${dataset.nodes.length} entities and ${dataset.relationships.length} relationships between them`);
  });
});
