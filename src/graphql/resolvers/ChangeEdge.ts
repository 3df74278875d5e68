import type { ChangeEdgeResolvers } from './../types.generated.js';

export const ChangeEdge: ChangeEdgeResolvers = {};
