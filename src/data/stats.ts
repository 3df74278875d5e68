import { defineQuery } from '../db/cypher.js';
import type { Context } from '../context.js';
import type { GraphStatsMapper } from '../graphql/mappers/stats.mappers.js';

const graphStatsQuery = defineQuery<Record<string, never>, GraphStatsMapper>('graphStats');

export async function readGraphStats(ctx: Context): Promise<GraphStatsMapper> {
  const [row] = await ctx.read((tx) => graphStatsQuery.run(tx, {}, ctx.roundTrips));
  if (!row) throw new Error('graphStats returned no row');
  return row;
}
