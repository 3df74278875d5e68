import { defineQuery } from '../db/cypher.js';
import type { ReadPort } from './port.js';

/** The row cypher/stats/graphStats.cypher returns. */
export interface GraphStatsRow {
  nodeCount: number;
  relationshipCount: number;
  labels: string[];
  neo4jVersion: string;
}

const graphStatsQuery = defineQuery<Record<string, never>, GraphStatsRow>('graphStats');

export async function readGraphStats(ctx: ReadPort): Promise<GraphStatsRow> {
  const [row] = await ctx.read((tx) => graphStatsQuery.run(tx, {}, ctx.roundTrips));
  if (!row) throw new Error('graphStats returned no row');
  return row;
}
