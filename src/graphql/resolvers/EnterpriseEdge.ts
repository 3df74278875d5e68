import type   { EnterpriseEdgeResolvers } from './../types.generated.js';
    export const EnterpriseEdge: EnterpriseEdgeResolvers = {
    /* Implement EnterpriseEdge resolver logic here */
  };