import type   { NewAreaEdgeResolvers } from './../types.generated.js';
    export const NewAreaEdge: NewAreaEdgeResolvers = {
    /* Implement NewAreaEdge resolver logic here */
  };