import type { ProgressUpdateEdgeResolvers } from './../types.generated.js';

export const ProgressUpdateEdge: ProgressUpdateEdgeResolvers = {};
