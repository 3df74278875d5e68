/**
 * Adding a document to a large graph: a 100-paragraph document naming synthetic enterprises and
 * curated platforms, with cues for positions and locations, added with addSource (store the
 * paragraphs, link the mentions with the name matcher, propose and store the fact candidates)
 * against the curated graph plus 100,000 synthetic enterprises. Each round adds a new text (the
 * same text would be found by its hash and change nothing); the first round also loads the name
 * index. The goal is under 5 s per document.
 *
 *   npm run bench:add-source -- [--enterprises 100000] [--seed 1] [--paragraphs 100] [--rounds 3]
 *
 * It runs on the Neo4j folder `.neo4j/bench-<enterprises>-<seed>` that `npm run bench` makes (the
 * curated graph and `npm run generate -- --enterprises <n> --seed <seed>`); name keys of an older
 * version are rewritten first, untimed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { ensureNameKeys } from '../src/data/name-keys.js';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.js';
import { commandPort } from '../src/sources/command-port.js';
import { addSource } from '../src/sources/sources.js';
import { benchStatement } from './measure/raw-client.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    paragraphs: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '3' },
  },
});
const PARAGRAPHS = Number(values.paragraphs);
const ROUNDS = Number(values.rounds);
const dataDir = path.join(ROOT, '.neo4j', `bench-${values.enterprises}-${values.seed}`);
if (!fs.existsSync(dataDir)) {
  console.error(`error: no Neo4j folder ${path.relative(ROOT, dataDir)}: run npm run bench -- --enterprises ${values.enterprises} once to make it`);
  process.exit(1);
}

/** Curated platforms the paragraphs name, and new people with their titles. */
const PLATFORMS = ['两江数字经济产业园', '礼嘉智慧公园', '西部国际博览城', '成都科学城', '两江协同创新区', '果园港'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'];
const TITLES = ['董事长', '总经理', '副总经理', '董事长'];

function person(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
}

/** Paragraph i: an enterprise's officer (a position), another enterprise landing on a platform (a location), and more names. */
function paragraph(i: number, names: string[]): string {
  const at = (k: number) => names[(i * 4 + k) % names.length]!;
  const platform = PLATFORMS[i % PLATFORMS.length]!;
  return (
    `第${i + 1}段:${at(0)}${TITLES[i % TITLES.length]}${person(i)}介绍了公司在成渝地区双城经济圈的布局。` +
    `${at(1)}落户${platform},与${at(2)}、${at(3)}开展合作,共同服务两江新区与天府新区的企业。`
  );
}

const RUN = `benchmark run ${new Date().toISOString()}, round`;

const neo4jServer = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '1g', pageCache: '512m', log: () => undefined, supervise: false });
const driver = neo4j.driver(neo4jServer.uri);
try {
  // A folder made before the name keys last changed gets them now, before anything is timed (as `npm start` does).
  const rewritten = await ensureNameKeys(driver, 'neo4j');
  if (rewritten > 0) console.log(`name keys written for ${rewritten} entities`);
  const port = commandPort(driver, 'neo4j');
  const times: number[] = [];
  console.log(`document: ${PARAGRAPHS} paragraphs; graph: ${path.relative(ROOT, dataDir)}`);
  for (let round = 0; round < ROUNDS; round++) {
    const { records } = await driver.executeQuery(benchStatement('benchDocumentEnterprises').text, { skip: round * PARAGRAPHS * 4, count: PARAGRAPHS * 4 }, { database: 'neo4j' });
    const names = records.map((record) => String(record.get('name')));
    // A new text every run too: the same text again would be found by its hash and change nothing.
    const text = [`${RUN} ${round + 1}`, ...Array.from({ length: PARAGRAPHS - 1 }, (_, i) => paragraph(i, names))].join('\n\n');
    const started = performance.now();
    const result = await addSource(port, { text, title: `benchmark document ${Date.now()}-${round}`, publishedOn: '2020-04-24' });
    const ms = performance.now() - started;
    times.push(ms);
    console.log(
      `round ${round + 1}${round === 0 ? ' (loads the name index)' : ''}: ${(ms / 1000).toFixed(2)} s, ${text.length} characters, ` +
        `${result.mentionCount} mentions, ${result.candidateCount} candidates (created: ${result.created})`,
    );
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  if (warm.length > 0) console.log(`median after the first: ${(warm[Math.floor(warm.length / 2)]! / 1000).toFixed(2)} s (goal < 5 s)`);
} finally {
  await driver.close();
  await neo4jServer.stop();
}
