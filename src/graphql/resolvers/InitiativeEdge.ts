import type   { InitiativeEdgeResolvers } from './../types.generated.js';
    export const InitiativeEdge: InitiativeEdgeResolvers = {
    /* Implement InitiativeEdge resolver logic here */
  };