import type   { PolicyEdgeResolvers } from './../types.generated.js';
    export const PolicyEdge: PolicyEdgeResolvers = {
    /* Implement PolicyEdge resolver logic here */
  };