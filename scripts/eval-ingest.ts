/**
 * Evaluates document ingestion: adds the documents of data/eval/ingest/ (written for it, with the
 * mentions and facts a reader would expect in expected.yaml) to a Neo4j of its own that holds the
 * curated entities without their relationships, and prints linked-mention and fact-candidate
 * precision and recall and whether every quote is verbatim. Then adds the source article itself
 * as a new document and counts how many of the curated relationships of the types the cue
 * patterns propose its candidates recover, against the entities-only graph and an empty one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { parse } from 'yaml';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { readDatasetFiles } from '../src/ingest/read-dataset.js';
import { applySchema, seedDataset } from '../src/ingest/seed.js';
import { validateDataset } from '../src/ingest/validate.js';
import type { Dataset } from '../src/model/dataset-schema.js';
import { commandPort } from '../src/sources/command-port.js';
import { addSource, candidatesOf, mentionsOfSource, paragraphsOf } from '../src/sources/sources.js';

const DIR = 'data/eval/ingest';
const RULE_TYPES = ['HOLDS_POSITION', 'LOCATED_IN', 'SERVES', 'CARRIES', 'RUNS', 'ESTABLISHES'];

interface Expected {
  documents: { file: string; title: string; publishedOn: string; mentions: [number, string, string][]; candidates: [number, string, string, string][] }[];
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

async function clear(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function seedEntitiesOnly(driver: Driver, dataset: Dataset): Promise<void> {
  await clear(driver);
  await seedDataset(driver, { ...dataset, relationships: [] }, { database: 'neo4j' });
}

async function main(): Promise<void> {
  const loaded = validateDataset(readDatasetFiles());
  if (!loaded.ok) throw new Error('the curated dataset does not validate: run npm run validate-data');
  const dataset = loaded.dataset;
  const expected = parse(fs.readFileSync(path.join(DIR, 'expected.yaml'), 'utf8')) as Expected;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-eval-ingest-'));
  const server = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '512m', pageCache: '64m', log: () => undefined });
  const driver = neo4j.driver(server.uri);
  try {
    await seedEntitiesOnly(driver, dataset);
    const port = commandPort(driver, 'neo4j');
    const links = { tp: 0, fp: 0, ambiguous: 0, expected: 0, found: 0 };
    const facts = { tp: 0, fp: 0, expected: 0, found: 0 };
    let quotes = 0;
    let verbatim = 0;
    for (const doc of expected.documents) {
      const text = fs.readFileSync(path.join(DIR, doc.file), 'utf8');
      const { source } = await addSource(port, { text, title: doc.title, publishedOn: doc.publishedOn });
      const paragraphs = new Map((await paragraphsOf(port, source.id)).map((p) => [p.number, p.text]));
      const mentions = await mentionsOfSource(port, source.id);
      const wanted = new Set(doc.mentions.map(([p, t, e]) => `${p}|${t}|${e}`));
      const hit = new Set<string>();
      for (const m of mentions) {
        if (m.ambiguous) {
          links.ambiguous++;
          continue;
        }
        const key = `${m.paragraph}|${m.text}|${m.entityIds[0]}`;
        if (wanted.has(key)) hit.add(key);
        else {
          links.fp++;
          console.log(`  ${doc.file}: wrong link [P${m.paragraph}] ${m.text} → ${m.entityIds[0]}`);
        }
      }
      links.tp += hit.size;
      links.expected += wanted.size;
      for (const key of wanted) if (!hit.has(key)) console.log(`  ${doc.file}: missed link ${key}`);
      const candidates = await candidatesOf(port, source.id, null);
      const wantedFacts = new Set(doc.candidates.map(([p, type, from, to]) => `${p}|${type}|${from}|${to}`));
      const hitFacts = new Set<string>();
      for (const c of candidates) {
        quotes++;
        if (paragraphs.get(c.paragraph)?.includes(c.quote)) verbatim++;
        const key = c.kind === 'RELATIONSHIP' ? `${c.paragraph}|${c.relType}|${c.fromId ?? c.fromName}|${c.toId ?? c.toName}` : `${c.paragraph}|${c.label}|${c.name}`;
        if (wantedFacts.has(key)) hitFacts.add(key);
        else {
          facts.fp++;
          console.log(`  ${doc.file}: wrong candidate ${key} (${c.rule})`);
        }
      }
      facts.tp += hitFacts.size;
      facts.expected += wantedFacts.size;
      for (const key of wantedFacts) if (!hitFacts.has(key)) console.log(`  ${doc.file}: missed candidate ${key}`);
    }
    console.log(`\n${expected.documents.length} documents`);
    console.log(`linked mentions: precision ${pct(links.tp, links.tp + links.fp)} (${links.tp}/${links.tp + links.fp}), recall ${pct(links.tp, links.expected)} (${links.tp}/${links.expected}); ${links.ambiguous} ambiguous, listed with their candidates`);
    console.log(`fact candidates: precision ${pct(facts.tp, facts.tp + facts.fp)} (${facts.tp}/${facts.tp + facts.fp}), recall ${pct(facts.tp, facts.expected)} (${facts.tp}/${facts.expected})`);
    console.log(`quotes verbatim in their paragraph: ${verbatim}/${quotes}`);

    // The source article as a new document.
    const article = fs.readFileSync(path.join('data/sources', 'liangjiang-tianfu-agreement.paragraphs.zh.txt'), 'utf8');
    const curated = new Set(dataset.relationships.filter(({ entry }) => RULE_TYPES.includes(entry.type)).map(({ entry }) => `${entry.type}|${entry.from}|${entry.to}`));
    for (const [graph, seed] of [
      ['the curated entities without relationships', () => seedEntitiesOnly(driver, dataset)],
      ['an empty graph (the model only)', async () => { await clear(driver); await applySchema(driver, 'neo4j'); }],
    ] as const) {
      await seed();
      const fresh = commandPort(driver, 'neo4j');
      const { source, mentionCount } = await addSource(fresh, { text: article, title: 'source article, added again', publishedOn: '2020-04-24' });
      const candidates = await candidatesOf(fresh, source.id, null);
      const relationships = candidates.filter((c) => c.kind === 'RELATIONSHIP');
      const recovered = new Set(relationships.map((c) => `${c.relType}|${c.fromId}|${c.toId}`).filter((key) => curated.has(key)));
      const correct = relationships.filter((c) => curated.has(`${c.relType}|${c.fromId}|${c.toId}`)).length;
      console.log(
        `\nthe article added again to ${graph}: ${mentionCount} mentions, ${candidates.length} candidates ` +
          `(${relationships.length} relationships, ${candidates.length - relationships.length} entities); ` +
          `${recovered.size} of the ${curated.size} curated ${RULE_TYPES.join('/')} relationships recovered (${pct(recovered.size, curated.size)}); ` +
          `${correct} of ${relationships.length} relationship candidates are curated facts (${pct(correct, relationships.length)})`,
      );
    }
  } finally {
    await driver.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
