import type   { RegionEdgeResolvers } from './../types.generated.js';
    export const RegionEdge: RegionEdgeResolvers = {
    /* Implement RegionEdge resolver logic here */
  };