/**
 * Loads a synthetic graph on top of the curated one: the programmatic API of `npm run generate`
 * (src/generate/cli.ts), used by the benchmarks; clearSyntheticGraph (clear.ts) removes it again.
 */
import type { Driver } from 'neo4j-driver';
import { writeNameKeys } from '../data/name-keys.js';
import { defineQuery } from '../db/cypher.js';
import { runReads, writeTransaction } from '../db/transactions.js';
import type { Properties } from '../ingest/properties.js';
import { applySchema } from '../ingest/seed.js';
import { anchorRefs, type CuratedAnchors, loadCuratedAnchors } from './curated.js';
import { landmarksOf, type SyntheticLandmarks } from './landmarks.js';
import { type GenerationOptions, MAX_ENTERPRISES, planSyntheticGraph, planTotals, relationshipRow, type SyntheticPlan } from './plan.js';
import {
  COUNT_TIMEOUT_MS,
  DEFAULT_DATABASE,
  type GenerationProgress,
  MAX_BATCH_SIZE,
  progressOf,
  SyntheticGraphError,
  transactionOptions,
} from './run.js';

export type { SyntheticLandmarks } from './landmarks.js';
export { clearSyntheticGraph, type ClearOptions } from './clear.js';
export { type GenerationProgress, SyntheticGraphError } from './run.js';

const entityLabels = defineQuery<{ ids: string[] }, { id: string; label: string | null }>('generateEntityLabels');
const syntheticNodeCounts = defineQuery<Record<string, never>, { label: string; count: number; notes: string[] }>(
  'generateSyntheticNodeCounts',
);
const syntheticRelationshipCounts = defineQuery<Record<string, never>, { type: string; count: number }>(
  'generateSyntheticRelationshipCounts',
);
const createNodes = defineQuery<{ label: string; nodes: Properties[]; sourceNotes: string[] }, never>('generateCreateNodes');
type RelationshipRow = ReturnType<typeof relationshipRow>;
const createRelationships = defineQuery<{ type: string; relationships: RelationshipRow[]; sourceNotes: string[] }, never>(
  'generateCreateRelationships',
);

/** Rows per load transaction: big enough to amortise a round trip, small enough for a 512 MB heap. */
export const DEFAULT_BATCH_SIZE = 10_000;
const MAX_SEED = 2 ** 32 - 1;

export interface GenerateOptions extends GenerationOptions {
  database?: string;
  batchSize?: number;
  onProgress?: (progress: GenerationProgress) => void;
}

export interface GenerationReport extends GenerationOptions {
  /** `created` by this run, or already `present` (the same graph; nothing was written). */
  outcome: 'created' | 'present';
  /** The synthetic graph by label and by type (sorted by name), whichever the outcome. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodeCount: number;
  relationshipCount: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Time spent loading nodes and relationships (0 when present). */
  nodesMs: number;
  relationshipsMs: number;
  /** The whole run: checks, plan, load. */
  durationMs: number;
  landmarks: SyntheticLandmarks;
}

export function checkOptions(options: GenerateOptions): void {
  const problems: string[] = [];
  const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (!whole(options.enterprises, 1, MAX_ENTERPRISES)) {
    problems.push(`enterprises must be a whole number from 1 to ${MAX_ENTERPRISES}, not ${options.enterprises}`);
  }
  if (!whole(options.seed, 0, MAX_SEED)) problems.push(`seed must be a whole number from 0 to ${MAX_SEED}, not ${options.seed}`);
  if (options.batchSize !== undefined && !whole(options.batchSize, 1, MAX_BATCH_SIZE)) {
    problems.push(`batchSize must be a whole number from 1 to ${MAX_BATCH_SIZE}, not ${options.batchSize}`);
  }
  if (problems.length > 0) throw new SyntheticGraphError(problems.join('; '));
}

/** Refuses a database without the curated entities the synthetic graph links to. */
async function requireCuratedGraph(driver: Driver, database: string, anchors: CuratedAnchors): Promise<void> {
  const wanted = anchorRefs(anchors);
  const rows = await runReads(driver, transactionOptions(database, 'generate:check'), (tx) =>
    entityLabels.run(tx, { ids: wanted.map((ref) => ref.id) }),
  );
  const stored = new Map(rows.map((row) => [row.id, row.label]));
  const missing = wanted.filter((ref) => stored.get(ref.id) !== ref.label);
  if (missing.length > 0) {
    const examples = missing
      .slice(0, 3)
      .map((ref) => ref.id)
      .join(', ');
    throw new SyntheticGraphError(
      `the database has no curated graph to build on: ${missing.length} of the ${wanted.length} curated entities the synthetic ` +
        `graph links to are missing (${examples}${missing.length > 3 ? ', …' : ''}); run npm run seed first`,
    );
  }
}

interface StoredSyntheticGraph {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodeCount: number;
  notes: string[];
}

async function storedSyntheticGraph(driver: Driver, database: string): Promise<StoredSyntheticGraph> {
  return runReads(driver, transactionOptions(database, 'generate:count', COUNT_TIMEOUT_MS), async (tx) => {
    const nodeRows = await syntheticNodeCounts.run(tx, {});
    const relationshipRows = await syntheticRelationshipCounts.run(tx, {});
    return {
      nodes: Object.fromEntries(nodeRows.map((row) => [row.label, row.count])),
      relationships: Object.fromEntries(relationshipRows.map((row) => [row.type, row.count])),
      nodeCount: nodeRows.reduce((sum, row) => sum + row.count, 0),
      notes: [...new Set(nodeRows.flatMap((row) => row.notes))].sort(),
    };
  });
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, n]) => b[key] === n);

/**
 * Whether the stored synthetic graph is the planned one: the same counts by label and type, and
 * the first and last id of every label there (ids carry the seed, counts follow from the size).
 */
async function holdsPlan(driver: Driver, database: string, plan: SyntheticPlan, stored: StoredSyntheticGraph): Promise<boolean> {
  const totals = planTotals(plan);
  if (!sameCounts(totals.nodes, stored.nodes) || !sameCounts(totals.relationships, stored.relationships)) return false;
  const probes = plan.nodeGroups.flatMap((g) => [
    { id: g.nodes.id(0), label: g.label },
    { id: g.nodes.id(g.nodes.size - 1), label: g.label },
  ]);
  const rows = await runReads(driver, transactionOptions(database, 'generate:check'), (tx) =>
    entityLabels.run(tx, { ids: probes.map((p) => p.id) }),
  );
  return probes.every((probe, i) => rows[i]?.label === probe.label);
}

async function loadNodes(
  driver: Driver,
  database: string,
  plan: SyntheticPlan,
  batchSize: number,
  onProgress?: GenerateOptions['onProgress'],
) {
  const advance = progressOf('nodes', planTotals(plan).nodeCount, onProgress);
  let created = 0;
  for (const group of plan.nodeGroups) {
    for (let start = 0; start < group.nodes.size; start += batchSize) {
      const end = Math.min(group.nodes.size, start + batchSize);
      const nodes: Properties[] = [];
      for (let i = start; i < end; i++) nodes.push({ ...group.properties(i), id: group.nodes.id(i) });
      const { updates } = await writeTransaction(driver, transactionOptions(database, 'generate:nodes'), async (tx) => {
        const result = await createNodes.execute(tx, { label: group.label, nodes, sourceNotes: [plan.sourceNote] });
        await writeNameKeys(tx, nodes.map((node) => node.id as string));
        return result;
      });
      created += updates.nodesCreated;
      advance(end - start);
    }
  }
  return created;
}

async function loadRelationships(
  driver: Driver,
  database: string,
  plan: SyntheticPlan,
  batchSize: number,
  onProgress?: GenerateOptions['onProgress'],
) {
  const advance = progressOf('relationships', planTotals(plan).relationshipCount, onProgress);
  let created = 0;
  for (const group of plan.relationshipGroups) {
    for (let start = 0; start < group.size; start += batchSize) {
      const end = Math.min(group.size, start + batchSize);
      const relationships: RelationshipRow[] = [];
      for (let i = start; i < end; i++) relationships.push(relationshipRow(group, i));
      const { updates } = await writeTransaction(driver, transactionOptions(database, 'generate:relationships'), (tx) =>
        createRelationships.execute(tx, { type: group.type, relationships, sourceNotes: [plan.sourceNote] }),
      );
      if (updates.relationshipsCreated !== end - start) {
        throw new SyntheticGraphError(
          `only ${updates.relationshipsCreated} of ${end - start} ${group.type} relationships were created: an entity they link ` +
            'to is missing (was the curated graph changed during the run?); clear the synthetic graph and run again',
        );
      }
      created += updates.relationshipsCreated;
      advance(end - start);
    }
  }
  return created;
}

/**
 * Adds the synthetic graph of `enterprises` and `seed` to a database that holds the curated graph.
 * Idempotent: when that graph is already there, nothing is written (outcome `present`). Refuses
 * (SyntheticGraphError) a database without the curated graph, and one holding another or an
 * incomplete synthetic graph, which clearSyntheticGraph removes first.
 */
export async function generateSyntheticGraph(driver: Driver, options: GenerateOptions): Promise<GenerationReport> {
  const started = performance.now();
  checkOptions(options);
  const database = options.database ?? DEFAULT_DATABASE;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const generation = { enterprises: options.enterprises, seed: options.seed };
  const anchors = loadCuratedAnchors();
  await requireCuratedGraph(driver, database, anchors);

  const plan = planSyntheticGraph(generation, anchors);
  const totals = planTotals(plan);
  const report = (
    outcome: GenerationReport['outcome'],
    created: { nodes: number; relationships: number },
    ms: { nodes: number; relationships: number },
  ) => {
    const landmarks = landmarksOf(plan, anchors);
    return {
      ...generation,
      outcome,
      nodes: totals.nodes,
      relationships: totals.relationships,
      nodeCount: totals.nodeCount,
      relationshipCount: totals.relationshipCount,
      nodesCreated: created.nodes,
      relationshipsCreated: created.relationships,
      nodesMs: ms.nodes,
      relationshipsMs: ms.relationships,
      durationMs: performance.now() - started,
      landmarks,
    };
  };

  const stored = await storedSyntheticGraph(driver, database);
  if (stored.nodeCount > 0) {
    if (await holdsPlan(driver, database, plan, stored)) {
      return report('present', { nodes: 0, relationships: 0 }, { nodes: 0, relationships: 0 });
    }
    const relationshipCount = Object.values(stored.relationships).reduce((sum, n) => sum + n, 0);
    throw new SyntheticGraphError(
      `the database already holds another or an incomplete synthetic graph (${stored.nodeCount} nodes, ${relationshipCount} ` +
        `relationships; ${stored.notes.join('; ')}), not the one asked for (seed ${plan.seed}, ${plan.enterprises} enterprises: ` +
        `${totals.nodeCount} nodes, ${totals.relationshipCount} relationships); remove it first with npm run generate -- --clear`,
    );
  }

  // The unique constraint on Entity.id is what finds relationship ends by index.
  await applySchema(driver, database);
  const nodesStarted = performance.now();
  const nodesCreated = await loadNodes(driver, database, plan, batchSize, options.onProgress);
  const relationshipsStarted = performance.now();
  const relationshipsCreated = await loadRelationships(driver, database, plan, batchSize, options.onProgress);
  const loaded = performance.now();
  return report(
    'created',
    { nodes: nodesCreated, relationships: relationshipsCreated },
    {
      nodes: relationshipsStarted - nodesStarted,
      relationships: loaded - relationshipsStarted,
    },
  );
}

/** The landmarks of the synthetic graph of these options, computed without a database. */
export function syntheticLandmarks(options: GenerationOptions): SyntheticLandmarks {
  checkOptions(options);
  const anchors = loadCuratedAnchors();
  return landmarksOf(planSyntheticGraph({ enterprises: options.enterprises, seed: options.seed }, anchors), anchors);
}
