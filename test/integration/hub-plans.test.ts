import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { statement } from '../../src/db/cypher.js';
import { type EntityFilter, type EntityOrder, entitySortKey, listEntities } from '../../src/data/entities.js';
import { readNeighborhood, readPartnerCandidates } from '../../src/data/explore/reads.js';
import { PARTNER_REASON_WEIGHTS } from '../../src/data/explore/score.js';
import { generateSyntheticGraph, syntheticLandmarks } from '../../src/generate/generate.js';
import type { SortKey } from '../../src/model/pagination.js';
import type { EntityRow } from '../../src/model/rows.generated.js';
import { seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver, TEST_TX_TIMEOUT_MS } from '../support/neo4j.js';

/**
 * The plans for hubs (an industry's list from the name or id index, a neighbourhood level from the
 * id index, partner candidates without the hubs' candidates) against answers computed from the
 * whole graph in memory, or from the statement reading everything: on both sides of every choice
 * the statements make from degrees. Which plan ran is told by the rows of the steps of its plan
 * (PROFILE): reading a hub's relationships makes a step of at least as many rows as the hub has
 * relationships, a plan for hubs never does.
 */
const SYNTHETIC = { enterprises: 3000, seed: 5 };
const landmarks = syntheticLandmarks(SYNTHETIC);

interface Node {
  id: string;
  name: string;
  nameEn: string;
  aliases: string[];
  labels: string[];
}
interface Rel {
  type: string;
  from: string;
  to: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

let driver: Driver;
let ctx: Context;
const nodes = new Map<string, Node>();
const rels: Rel[] = [];
const around = new Map<string, Rel[]>();

interface PlanStep {
  operatorType: string;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/**
 * One run of a named statement (PROFILE): its plan's steps, flattened. Planned for this graph
 * (replan=force): Neo4j keeps using a plan cached by an earlier test file on another graph for up
 * to 10 s (cypher.min_replan_interval), and the plans here are chosen from this graph's sizes.
 */
async function profile(name: string, params: Record<string, unknown>): Promise<PlanStep[]> {
  const session = driver.session({ database: TEST_DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`CYPHER replan=force PROFILE ${statement(name).text}`, params);
    const flat = (step: PlanStep): PlanStep[] => [step, ...step.children.flatMap(flat)];
    return flat(result.summary.profile as unknown as PlanStep);
  } finally {
    await session.close();
  }
}

/** The most rows any step of the plan produced. */
async function mostRows(name: string, params: Record<string, unknown>): Promise<number> {
  return Math.max(...(await profile(name, params)).map((step) => step.rows));
}

/**
 * mostRows once it is `settled`, or after five more tries 2 s apart: Neo4j refreshes the
 * statistics plans are chosen from in the background after large writes such as the graph
 * generated here, so right after them a plan may not yet follow the graph.
 */
async function mostRowsOnceSettled(name: string, params: Record<string, unknown>, settled: (rows: number) => boolean): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const rows = await mostRows(name, params);
    if (settled(rows) || attempt === 5) return rows;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

const degree = (id: string) => around.get(id)?.length ?? 0;
const neighbours = (id: string) => new Set((around.get(id) ?? []).map((r) => (r.from === id ? r.to : r.from)));

beforeAll(async () => {
  driver = testDriver();
  await seedCuratedGraph(driver);
  await generateSyntheticGraph(driver, { ...SYNTHETIC, database: TEST_DATABASE });
  await driver.executeQuery('CALL db.resampleOutdatedIndexes()', {}, { database: TEST_DATABASE });
  ctx = createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: TEST_TX_TIMEOUT_MS });
  const read = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: TEST_DATABASE })).records.map((r) => r.toObject());
  for (const row of await read('MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases, labels(n) AS labels')) {
    nodes.set(row.id as string, row as unknown as Node);
  }
  for (const row of await read('MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to')) {
    const rel = row as unknown as Rel;
    rels.push(rel);
    for (const end of new Set([rel.from, rel.to])) around.set(end, [...(around.get(end) ?? []), rel]);
  }
}, 300_000);

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

describe('an industry list', () => {
  const NO_FILTER: EntityFilter = { labels: null, ids: null, kinds: null, statuses: null, nameContains: null, area: null, industry: null, task: null };
  const industry = landmarks.hubIndustry.id;

  function expected(labels: string[] | null, orderBy: EntityOrder): Node[] {
    const key = (n: Node) => (orderBy === 'NAME_EN_ASC' ? n.nameEn : orderBy === 'ID_ASC' ? n.id : n.name);
    const direction = orderBy === 'NAME_DESC' ? -1 : 1;
    return [...neighbours(industry)]
      .map((id) => nodes.get(id)!)
      .filter((n) => !labels || n.labels.some((l) => labels.includes(l)))
      .sort((a, b) => direction * compare(key(a), key(b)) || compare(a.id, b.id));
  }

  async function pages(filter: EntityFilter, orderBy: EntityOrder, first: number, count: number) {
    const seen: string[] = [];
    let after: SortKey | null = null;
    let totalCount = -1;
    for (let i = 0; i < count; i++) {
      const page = await listEntities(ctx, filter, orderBy, { first, after });
      totalCount = page.totalCount;
      seen.push(...page.nodes.slice(0, first).map((n) => n.id));
      after = entitySortKey(page.nodes[first - 1] as EntityRow, orderBy);
    }
    return { totalCount, seen };
  }

  it('is a hub: its list is long enough to be read from the index from a page of 20 on', () => {
    expect(neighbours(industry).size ** 2).toBeGreaterThan(4 * 21 * nodes.size);
  });

  it.each([
    ['enterprises by name', ['Enterprise'], 'NAME_ASC'],
    ['enterprises by name, descending', ['Enterprise'], 'NAME_DESC'],
    ['enterprises by id', ['Enterprise'], 'ID_ASC'],
    ['every entity by name', null, 'NAME_ASC'],
  ] as const)('%s: pages from the index equal the sorted list, counted from degrees', async (_name, labels, orderBy) => {
    const filter = { ...NO_FILTER, labels: labels ? [...labels] : null, industry };
    const list = expected(filter.labels, orderBy);
    const { totalCount, seen } = await pages(filter, orderBy, 20, 3);

    expect(totalCount).toBe(list.length);
    expect(seen).toEqual(list.slice(0, 60).map((n) => n.id));
  });

  it('a long list never reads the industry whole; a long page, or another filter, reads and sorts it', async () => {
    const params = (first: number, nameContains: string | null) => ({
      labels: ['Enterprise'], ids: null, kinds: null, statuses: null, nameContains, areaIds: null,
      industry, task: null, anchor: 'industry', idPrefixes: ['enterprise:'], orderBy: 'NAME_ASC', afterValue: null, afterId: null, first,
    });
    const list = expected(['Enterprise'], 'NAME_ASC');
    const long = await listEntities(ctx, { ...NO_FILTER, labels: ['Enterprise'], industry }, 'NAME_ASC', { first: 400, after: null });
    // every name contains '': the same list, read and sorted whole
    const sorted = await listEntities(ctx, { ...NO_FILTER, labels: ['Enterprise'], industry, nameContains: '' }, 'NAME_ASC', { first: 20, after: null });
    const fromIndex = await listEntities(ctx, { ...NO_FILTER, labels: ['Enterprise'], industry }, 'NAME_ASC', { first: 20, after: null });

    expect(await mostRowsOnceSettled('listEntities', params(20, null), (rows) => rows < list.length)).toBeLessThan(list.length);
    expect(await mostRows('listEntities', params(400, null))).toBeGreaterThanOrEqual(list.length);
    expect(await mostRows('listEntities', params(20, ''))).toBeGreaterThanOrEqual(list.length);
    expect(long.nodes.map((n) => n.id)).toEqual(list.slice(0, 401).map((n) => n.id));
    expect(fromIndex).toEqual(sorted);
  });

  it('with another filter, or in English order, the list is read and sorted as before', async () => {
    const filter = { ...NO_FILTER, labels: ['Enterprise'], industry, nameContains: '科技' };
    const named = (n: Node) => [n.name, n.nameEn, ...n.aliases].some((s) => s.toLowerCase().includes('科技'));
    const list = expected(['Enterprise'], 'NAME_EN_ASC');
    const { totalCount, seen } = await pages({ ...NO_FILTER, labels: ['Enterprise'], industry }, 'NAME_EN_ASC', 20, 2);
    const withText = await listEntities(ctx, filter, 'NAME_ASC', { first: 20, after: null });

    expect(totalCount).toBe(list.length);
    expect(seen).toEqual(list.slice(0, 40).map((n) => n.id));
    expect(withText.totalCount).toBe(expected(['Enterprise'], 'NAME_ASC').filter(named).length);
    expect(withText.nodes.map((n) => n.id)).toEqual(expected(['Enterprise'], 'NAME_ASC').filter(named).slice(0, 21).map((n) => n.id));
    expect(withText.totalCount).toBeGreaterThan(0);
  });
});

describe('a neighbourhood', () => {
  /** The statement's rule, on the graph in memory: levels nearest first, by id, cut at limit. */
  function expectedNeighborhood(center: string, depth: number, limit: number) {
    const levels: string[][] = [];
    const seen = new Set([center]);
    let frontier = [center];
    for (let level = 1; level <= depth; level++) {
      if (level > 1 && levels.flat().length + 1 > limit) break;
      const next = new Set<string>();
      for (const id of frontier) for (const n of neighbours(id)) if (!seen.has(n)) next.add(n);
      const sorted = [...next].sort(compare);
      sorted.forEach((id) => seen.add(id));
      levels.push(sorted);
      frontier = sorted;
    }
    const reached = levels.flat();
    const kept = [center, ...reached.slice(0, limit - 1)];
    const keptSet = new Set(kept);
    const edges = rels
      .filter((r) => keptSet.has(r.from) && keptSet.has(r.to))
      .map((r) => `${r.from} ${r.type} ${r.to}`)
      .sort((a, b) => {
        const [af, at, ato] = a.split(' ') as [string, string, string];
        const [bf, bt, bto] = b.split(' ') as [string, string, string];
        return compare(af, bf) || compare(at, bt) || compare(ato, bto);
      });
    return { nodes: kept, edges, truncated: reached.length + 1 > limit };
  }

  async function answer(id: string, depth: number, limit: number) {
    const subgraph = await readNeighborhood(ctx, { id, depth, limit, relationshipTypes: null }, { briefNodes: true, relationshipProperties: false });
    return {
      nodes: subgraph.nodes.map((n) => n.id),
      edges: subgraph.edges.map((e) => `${e.source} ${e.type} ${e.target}`),
      truncated: subgraph.truncated,
    };
  }

  const params = (id: string, depth: number, limit: number) => ({ id, depth, limit, relationshipTypes: null, briefNodes: true, relationshipProperties: false });
  const hub = landmarks.hubIndustry.id;
  /** An enterprise of the hub industry with few relationships: its second level passes the hub. */
  const leafOfHub = () =>
    [...neighbours(hub)].filter((id) => nodes.get(id)!.labels.includes('Enterprise')).sort((a, b) => degree(a) - degree(b) || compare(a, b))[0]!;

  it('of a hub: its first neighbours by id from the index, reading fewer entries than its relationships', async () => {
    const limit = 12;
    expect(degree(hub) ** 2).toBeGreaterThan(4 * limit * nodes.size);

    expect(await answer(hub, 2, limit)).toEqual(expectedNeighborhood(hub, 2, limit));
    expect(await mostRows('neighborhood', params(hub, 2, limit))).toBeLessThan(degree(hub));
  });

  it('of a hub with room for all its neighbours: read whole, the same rule', async () => {
    const limit = degree(hub) + 50;

    expect(await answer(hub, 1, limit)).toEqual(expectedNeighborhood(hub, 1, limit));
    expect(await mostRows('neighborhood', params(hub, 1, limit))).toBeGreaterThanOrEqual(degree(hub));
  });

  it('through a hub: the second level from the index, reading fewer entries than the hub has relationships', async () => {
    const center = leafOfHub();
    const limit = 30;

    expect(await answer(center, 2, limit)).toEqual(expectedNeighborhood(center, 2, limit));
    expect(await mostRows('neighborhood', params(center, 2, limit))).toBeLessThan(degree(hub));
    // with room for the whole second level, it is read whole
    const roomy = degree(hub) + 100;
    expect(await answer(center, 2, roomy)).toEqual(expectedNeighborhood(center, 2, roomy));
    expect(await mostRows('neighborhood', params(center, 2, roomy))).toBeGreaterThanOrEqual(degree(hub));
  });

  it('of entities with few relationships: every level read whole, the third included', async () => {
    const quiet = [...nodes.keys()].filter((id) => id.startsWith('person:syn')).sort(compare).slice(0, 5);
    for (const center of quiet) {
      expect(await answer(center, 3, 60)).toEqual(expectedNeighborhood(center, 3, 60));
    }
  });
});

describe('partner candidates', () => {
  const request = (enterpriseId: string) => ({
    enterpriseId,
    industry: null,
    inArea: 'new-area:tianfu',
    candidateLabels: ['Enterprise', 'Organization', 'Platform'],
    first: 10,
  });
  // by default a shortlist that holds every candidate (a list index is a 32-bit integer)
  const run = async (enterpriseId: string, hubTies: number, shortlist = 2 ** 31 - 2) => {
    const session = driver.session({ database: TEST_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      const params = { ...request(enterpriseId), weights: { ...PARTNER_REASON_WEIGHTS }, hubTies, shortlist };
      const { records } = await session.run(statement('partnerCandidates').text, params);
      const steps = await profile('partnerCandidates', params);
      const rows = (details: RegExp) => steps.filter((step) => details.test(String(step.arguments.Details))).map((step) => step.rows);
      return {
        answer: records[0]!.get('candidates') as unknown[],
        // the rows of the steps that list an industry's enterprises
        industryTies: rows(/\(via\)<-\[\w+:IN_INDUSTRY\]-\(c\)/).reduce((sum, n) => sum + n, 0),
        // the candidates of the anchors that are not hubs, and how many of them the shortlist held
        candidates: Math.max(0, ...rows(/sum\(\$weights\[kind\]\) AS near/)),
        shortlisted: Math.max(0, ...rows(/shortlist AS candidate/)),
      };
    } finally {
      await session.close();
    }
  };

  it('with the hub industry left unread, or read when a candidate of hubs alone could rank: the answer of reading everything', async () => {
    const hub = landmarks.hubIndustry.id;
    const ties = (around.get(hub) ?? []).filter((r) => r.type === 'IN_INDUSTRY').length;
    // only the hub industry has more ties than this
    const hubTies = ties - 1;
    const enterprises = [...neighbours(hub)].filter((id) => id.startsWith('enterprise:syn')).sort(compare).slice(0, 12);
    const plans = new Set<string>();
    for (const id of enterprises) {
      const everything = await run(id, Number.MAX_SAFE_INTEGER);
      const bounded = await run(id, hubTies);
      expect([id, bounded.answer]).toEqual([id, everything.answer]);
      expect(everything.answer.length).toBeGreaterThan(0);
      expect(everything.industryTies).toBeGreaterThanOrEqual(ties);
      // left unread: the other industries' enterprises only; read: those, then every industry's
      plans.add(bounded.industryTies === everything.industryTies - ties ? 'hub left unread' : 'hub read');
      if (bounded.industryTies !== everything.industryTies - ties) {
        expect(bounded.industryTies).toBe(2 * everything.industryTies - ties);
      }
    }
    // every anchor a hub: nothing settles the ranking before the hubs are read
    const allHubs = await run(enterprises[0]!, 0);
    const everything = await run(enterprises[0]!, Number.MAX_SAFE_INTEGER);
    expect(allHubs.answer).toEqual(everything.answer);
    expect(allHubs.industryTies).toBe(everything.industryTies);
    expect([...plans].sort()).toEqual(['hub left unread', 'hub read']);
  });

  it('with a shortlist of any length: the answer of reading everything, the shortlist settling it when it can', async () => {
    const hub = landmarks.hubIndustry.id;
    const ties = (around.get(hub) ?? []).filter((r) => r.type === 'IN_INDUSTRY').length;
    const enterprises = [...neighbours(hub)].filter((id) => id.startsWith('enterprise:syn')).sort(compare).slice(0, 5);
    const plans = new Set<string>();
    for (const id of enterprises) {
      const everything = await run(id, Number.MAX_SAFE_INTEGER);
      // the industry ties of the other anchors; a step that reads them again reads as many
      const others = everything.industryTies - ties;
      for (const shortlist of [2, 20, 200]) {
        const bounded = await run(id, ties - 1, shortlist);
        expect([id, shortlist, bounded.answer]).toEqual([id, shortlist, everything.answer]);
        expect(bounded.shortlisted).toBe(Math.min(shortlist, bounded.candidates));
        const plan =
          bounded.industryTies === others
            ? bounded.shortlisted < bounded.candidates
              ? 'settled by a shortlist that left candidates out'
              : 'settled by a shortlist of every candidate'
            : bounded.industryTies === 2 * others
              ? 'settled by every candidate of the other anchors'
              : 'every anchor read';
        if (plan === 'every anchor read') expect(bounded.industryTies).toBe(2 * others + everything.industryTies);
        plans.add(plan);
      }
    }
    expect(plans).toContain('settled by a shortlist that left candidates out');
    expect(plans).toContain('settled by every candidate of the other anchors');
  });

  it('as the API answers them, with the bound of the API', async () => {
    const id = landmarks.leafEnterprise.id;
    const candidates = await readPartnerCandidates(ctx, { ...request(id), candidateLabels: ['Enterprise', 'Organization', 'Platform'] });
    const everything = await run(id, Number.MAX_SAFE_INTEGER);

    expect(candidates.map((c) => [c.entity.id, c.score])).toEqual(
      (everything.answer as { entity: { id: string }; score: number }[]).map((c) => [c.entity.id, c.score]),
    );
  });
});
