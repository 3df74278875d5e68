/** Removes the synthetic graph, leaving everything else as it was. */
import type { Driver } from 'neo4j-driver';
import { defineQuery } from '../db/cypher.js';
import { runReads, writeTransaction } from '../db/transactions.js';
import {
  COUNT_TIMEOUT_MS,
  DEFAULT_DATABASE,
  type GenerationProgress,
  MAX_BATCH_SIZE,
  progressOf,
  SyntheticGraphError,
  transactionOptions,
} from './run.js';

const syntheticDegrees = defineQuery<Record<string, never>, { id: string; degree: number }>('generateSyntheticDegrees');
const deleteNodes = defineQuery<{ ids: string[] }, never>('generateDeleteNodes');

/**
 * Relationships (and nodes) per delete transaction. Deleting costs heap in the transaction state;
 * a hub with tens of thousands of relationships goes alone.
 */
export const DEFAULT_CLEAR_BATCH_SIZE = 20_000;

export interface ClearOptions {
  database?: string;
  /** At most about this many relationships and nodes per transaction. */
  batchSize?: number;
  onProgress?: (progress: GenerationProgress) => void;
}

/**
 * Cuts the nodes into batches whose relationships (counted at both ends, so an upper bound) and
 * nodes add up to at most `budget`; a node with more relationships than that is a batch alone.
 */
export function deletionBatches(nodes: { id: string; degree: number }[], budget: number): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let weight = 0;
  for (const node of nodes) {
    const cost = Math.max(1, node.degree);
    if (batch.length > 0 && weight + cost > budget) {
      batches.push(batch);
      batch = [];
      weight = 0;
    }
    batch.push(node.id);
    weight += cost;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Removes every synthetic node with its relationships, in transactions of bounded size; the
 * curated graph (and anything else without `synthetic: true`) stays as it was.
 */
export async function clearSyntheticGraph(
  driver: Driver,
  options: ClearOptions = {},
): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
  const database = options.database ?? DEFAULT_DATABASE;
  const budget = options.batchSize ?? DEFAULT_CLEAR_BATCH_SIZE;
  if (!Number.isInteger(budget) || budget < 1 || budget > MAX_BATCH_SIZE) {
    throw new SyntheticGraphError(`batchSize must be a whole number from 1 to ${MAX_BATCH_SIZE}, not ${budget}`);
  }
  let nodesDeleted = 0;
  let relationshipsDeleted = 0;
  // Again until none is left, in case synthetic nodes were added meanwhile.
  for (;;) {
    const nodes = await runReads(driver, transactionOptions(database, 'generate:count', COUNT_TIMEOUT_MS), (tx) =>
      syntheticDegrees.run(tx, {}),
    );
    if (nodes.length === 0) break;
    const advance = progressOf('clear', nodes.length, options.onProgress);
    for (const ids of deletionBatches(nodes, budget)) {
      const { updates } = await writeTransaction(driver, transactionOptions(database, 'generate:clear'), (tx) =>
        deleteNodes.execute(tx, { ids }),
      );
      nodesDeleted += updates.nodesDeleted;
      relationshipsDeleted += updates.relationshipsDeleted;
      advance(updates.nodesDeleted);
    }
  }
  return { nodesDeleted, relationshipsDeleted };
}
