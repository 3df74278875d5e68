import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedAnchors } from '../../src/generate/curated.js';
import {
  clearSyntheticGraph,
  generateSyntheticGraph,
  type GenerationProgress,
  type GenerationReport,
  SyntheticGraphError,
} from '../../src/generate/generate.js';
import { planSyntheticGraph, relationshipRow, syntheticSourceNote } from '../../src/generate/plan.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { type GraphCounts, graphCounts } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE } from '../support/neo4j.js';

const options = { enterprises: 300, seed: 7, database: TEST_DATABASE };
const note = syntheticSourceNote(options);
const plan = planSyntheticGraph(options, loadCuratedAnchors());
const planned = plan.relationshipGroups.flatMap((g) =>
  Array.from({ length: g.size }, (_, i) => ({ type: g.type, ...relationshipRow(g, i) })),
);

async function countsBy(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(cypher, params, { database: TEST_DATABASE });
  return Object.fromEntries(records.map((r) => [r.get('key') as string, r.get('count') as number]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

type Connection = { totalCount: number; edges: { node: { id: string }; relationship: { citations: unknown[]; sourceNotes: string[] } }[] };

describe('the synthetic graph in Neo4j', () => {
  let api: SeededApi;
  let driver: Driver;
  let curated: GraphCounts;
  let report: GenerationReport;
  let curatedTaskPlatforms: number;

  const taskPlatforms = async (taskId: string) => {
    const body = await api.query<{ node: { platforms: { totalCount: number } } }>(
      `query($id: ID!) { node(id: $id) { ... on Task { platforms { totalCount } } } }`,
      { id: taskId },
    );
    expect(body.errors).toBeUndefined();
    return body.data!.node.platforms.totalCount;
  };

  beforeAll(async () => {
    api = await startSeededApi();
    driver = api.driver;
    curated = await graphCounts(driver);
    const busiestTask = planned.filter((r) => r.type === 'SERVES').map((r) => r.to)[0]!;
    curatedTaskPlatforms = await taskPlatforms(busiestTask);
  });

  afterAll(async () => {
    await api.stop();
  });

  it('loads the planned nodes and relationships, every one marked synthetic with its source note', async () => {
    const progress: GenerationProgress[] = [];
    report = await generateSyntheticGraph(driver, { ...options, batchSize: 250, onProgress: (p) => progress.push(p) });

    expect(report.outcome).toBe('created');
    expect(report.nodesCreated).toBe(report.nodeCount);
    expect(report.relationshipsCreated).toBe(report.relationshipCount);
    expect(report.relationshipCount).toBe(planned.length);
    expect(
      await countsBy(driver, `MATCH (n:Entity {synthetic: true}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS key, count(*) AS count`),
    ).toEqual(report.nodes);
    expect(await countsBy(driver, `MATCH ()-[r {synthetic: true}]->() RETURN type(r) AS key, count(*) AS count`)).toEqual(
      report.relationships,
    );
    expect(await graphCounts(driver)).toMatchObject({
      nodes: curated.nodes + report.nodeCount,
      relationships: curated.relationships + report.relationshipCount,
    });
    expect(
      await countsBy(driver, `MATCH (n:Entity {synthetic: true}) RETURN toString(n.sourceNotes = [$note]) AS key, count(*) AS count`, {
        note,
      }),
    ).toEqual({ true: report.nodeCount });
    expect(
      await countsBy(driver, `MATCH ()-[r {synthetic: true}]->() RETURN toString(r.sourceNotes = [$note]) AS key, count(*) AS count`, {
        note,
      }),
    ).toEqual({ true: report.relationshipCount });
    expect(progress.filter((p) => p.phase === 'relationships').at(-1)).toEqual({
      phase: 'relationships',
      done: report.relationshipCount,
      total: report.relationshipCount,
    });
  });

  it('serves a synthetic platform through the API: its tasks and enterprises, no citations, the synthetic source note', async () => {
    const id = report.landmarks.hubPlatform.id;
    const body = await api.query<{
      node: { name: string; citations: unknown[]; sourceNotes: string[]; tasks: Connection; contains: Connection };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Platform {
        name citations { quote } sourceNotes
        tasks { totalCount edges { node { id } relationship { citations { quote } sourceNotes } } }
        contains(first: 100) { totalCount edges { node { id } relationship { citations { quote } sourceNotes } } }
      } } }`,
      { id },
    );
    expect(body.errors).toBeUndefined();
    const platform = body.data!.node;
    expect(platform.citations).toEqual([]);
    expect(platform.sourceNotes).toEqual([note]);
    const servedTasks = planned.filter((r) => r.type === 'SERVES' && r.from === id).map((r) => r.to);
    expect(platform.tasks.edges.map((e) => e.node.id).sort()).toEqual(servedTasks.sort());
    const contained = planned.filter((r) => r.type === 'LOCATED_IN' && r.to === id).map((r) => r.from);
    expect(platform.contains.totalCount).toBe(contained.length);
    expect(platform.contains.totalCount).toBeGreaterThanOrEqual(report.landmarks.hubPlatform.enterprises);
    expect(contained.length).toBeLessThanOrEqual(100);
    expect(platform.contains.edges.map((e) => e.node.id).sort()).toEqual(contained.sort());
    for (const edge of [...platform.tasks.edges, ...platform.contains.edges]) {
      expect(edge.relationship).toEqual({ citations: [], sourceNotes: [note] });
    }
  });

  it('adds the synthetic platforms to the traversal from a curated task', async () => {
    const task = planned.filter((r) => r.type === 'SERVES').map((r) => r.to)[0]!;
    const synthetic = planned.filter((r) => r.type === 'SERVES' && r.to === task).length;
    expect(await taskPlatforms(task)).toBe(curatedTaskPlatforms + synthetic);
  });

  it('finds a synthetic enterprise by name through the full-text search', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (n:Enterprise {id: $id}) RETURN n.name AS name`,
      { id: report.landmarks.hubEnterprise.id },
      { database: TEST_DATABASE },
    );
    const name = records[0]!.get('name') as string;
    const body = await api.query<{ search: { entity: { id: string } }[] }>(
      `query($text: String!) { search(text: $text, types: [ENTERPRISE]) { entity { id } } }`,
      {
        text: name,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.search[0]!.entity.id).toBe(report.landmarks.hubEnterprise.id);
  });

  it('writes nothing when run again with the same options', async () => {
    const before = await graphCounts(driver);
    const again = await generateSyntheticGraph(driver, options);
    expect(again).toMatchObject({
      outcome: 'present',
      nodesCreated: 0,
      relationshipsCreated: 0,
      nodes: report.nodes,
      relationships: report.relationships,
    });
    expect(again.landmarks).toEqual(report.landmarks);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('refuses another synthetic graph while one is there, and says how to remove it', async () => {
    const before = await graphCounts(driver);
    const other = generateSyntheticGraph(driver, { ...options, seed: 8 });
    await expect(other).rejects.toThrow(SyntheticGraphError);
    await expect(generateSyntheticGraph(driver, { ...options, enterprises: 301 })).rejects.toThrow(
      /already holds another or an incomplete synthetic graph \(\d+ nodes, \d+ relationships; synthetic \(seed 7\)\), not the one asked for \(seed 7, 301 enterprises.*npm run generate -- --clear/,
    );
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('clears every synthetic node and relationship in batches, leaving the curated graph exactly as it was', async () => {
    const progress: GenerationProgress[] = [];
    const cleared = await clearSyntheticGraph(driver, { database: TEST_DATABASE, batchSize: 100, onProgress: (p) => progress.push(p) });
    expect(cleared).toEqual({ nodesDeleted: report.nodeCount, relationshipsDeleted: report.relationshipCount });
    expect(await graphCounts(driver)).toEqual(curated);
    expect(progress.length).toBeGreaterThan(report.nodeCount / 100);
    expect(await clearSyntheticGraph(driver, { database: TEST_DATABASE })).toEqual({ nodesDeleted: 0, relationshipsDeleted: 0 });
  });

  it('refuses a database without the curated graph', async () => {
    await clearDatabase(driver);
    await expect(generateSyntheticGraph(driver, options)).rejects.toThrow(
      /the database has no curated graph to build on: \d+ of the \d+ curated entities .* are missing \(.*\); run npm run seed first/,
    );
    expect((await graphCounts(driver)).nodes).toBe(0);
  });
});
