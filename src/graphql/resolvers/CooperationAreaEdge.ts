import type   { CooperationAreaEdgeResolvers } from './../types.generated.js';
    export const CooperationAreaEdge: CooperationAreaEdgeResolvers = {
    /* Implement CooperationAreaEdge resolver logic here */
  };