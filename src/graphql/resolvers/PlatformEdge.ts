import type   { PlatformEdgeResolvers } from './../types.generated.js';
    export const PlatformEdge: PlatformEdgeResolvers = {
    /* Implement PlatformEdge resolver logic here */
  };