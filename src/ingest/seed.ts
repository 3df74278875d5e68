import neo4j, { type Driver } from 'neo4j-driver';
import { writeNameKeys } from '../data/name-keys.js';
import { defineQuery, statementsIn } from '../db/cypher.js';
import type { Dataset, Located, Model, NodeEntry, RelationshipEntry } from '../model/dataset-schema.js';
import { batches, nodeProperties, relationshipProperties } from './properties.js';

const mergeSources = defineQuery<{ sources: unknown[] }, never>('mergeSources');
const mergeEntities = defineQuery<{ nodes: unknown[] }, never>('mergeEntities');
const mergeRelationships = defineQuery<{ relationships: unknown[] }, never>('mergeRelationships');
const countEntities = defineQuery<Record<string, never>, { count: number }>('countEntities');
const awaitIndexes = defineQuery<Record<string, never>, never>('awaitIndexes');

export interface SeedOptions {
  database: string;
  timeoutMs?: number;
}

export interface SeedReport {
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** The parameters of mergeSources: every source with its paragraphs. */
export function sourceRows(dataset: Pick<Dataset, 'sources'>): unknown[] {
  return [...dataset.sources.values()].map((s) => ({
    id: s.id,
    properties: { title: s.title, language: s.language, publisher: s.publisher ?? null },
    paragraphs: [...s.paragraphTexts].map(([number, text]) => ({ number: neo4j.int(number), text })),
  }));
}

/** The parameters of mergeEntities for a batch of node entries. */
export function nodeRows(model: Model, batch: Located<NodeEntry>[]): unknown[] {
  return batch.map(({ entry }) => ({ id: entry.id, label: entry.label, properties: nodeProperties(entry, model.labels[entry.label]?.properties ?? {}) }));
}

/** The parameters of mergeRelationships for a batch of relationship entries. */
export function relationshipRows(model: Model, batch: Located<RelationshipEntry>[]): unknown[] {
  return batch.map(({ entry }) => ({
    from: entry.from,
    type: entry.type,
    to: entry.to,
    properties: relationshipProperties(entry, model.relationships[entry.type]?.properties ?? {}),
  }));
}

/** Creates the constraints and indexes of cypher/schema/, each in its own schema transaction. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const stmt of statementsIn('schema')) {
    await driver.executeQuery(stmt.text, {}, { database });
  }
}

/**
 * Imports a validated dataset: schema first, then every source, node and relationship in
 * UNWIND batches inside ONE write transaction, merged on ids, so a rerun changes nothing
 * and a failure leaves the database as it was.
 */
export async function seedDataset(driver: Driver, dataset: Dataset, options: SeedOptions): Promise<SeedReport> {
  await applySchema(driver, options.database);
  const session = driver.session({ database: options.database });
  try {
    const created = await session.executeWrite(
      async (tx) => {
        let nodesCreated = 0;
        let relationshipsCreated = 0;
        await mergeSources.run(tx, { sources: sourceRows(dataset) });
        for (const batch of batches(dataset.nodes)) {
          nodesCreated += (await mergeEntities.execute(tx, { nodes: nodeRows(dataset.model, batch) })).updates.nodesCreated;
          await writeNameKeys(tx, batch.map(({ entry }) => entry.id));
        }
        for (const batch of batches(dataset.relationships)) {
          const relationships = relationshipRows(dataset.model, batch);
          relationshipsCreated += (await mergeRelationships.execute(tx, { relationships })).updates.relationshipsCreated;
        }
        return { nodesCreated, relationshipsCreated };
      },
      { timeout: options.timeoutMs ?? 300_000, metadata: { app: 'chengyu-graph', operation: 'seed' } },
    );
    await session.executeRead((tx) => awaitIndexes.run(tx, {}));
    return { nodes: dataset.nodes.length, relationships: dataset.relationships.length, ...created };
  } finally {
    await session.close();
  }
}

export async function isGraphEmpty(driver: Driver, database: string): Promise<boolean> {
  const session = driver.session({ database });
  try {
    const [row] = await session.executeRead((tx) => countEntities.run(tx, {}));
    return (row?.count ?? 0) === 0;
  } finally {
    await session.close();
  }
}
