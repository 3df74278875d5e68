import type { GraphStatsResolvers } from './../types.generated.js';

export const GraphStats: GraphStatsResolvers = {};
