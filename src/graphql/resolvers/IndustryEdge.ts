import type   { IndustryEdgeResolvers } from './../types.generated.js';
    export const IndustryEdge: IndustryEdgeResolvers = {
    /* Implement IndustryEdge resolver logic here */
  };