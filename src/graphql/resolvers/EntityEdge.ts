import type   { EntityEdgeResolvers } from './../types.generated.js';
    export const EntityEdge: EntityEdgeResolvers = {
    /* Implement EntityEdge resolver logic here */
  };