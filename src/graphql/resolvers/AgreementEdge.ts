import type   { AgreementEdgeResolvers } from './../types.generated.js';
    export const AgreementEdge: AgreementEdgeResolvers = {
    /* Implement AgreementEdge resolver logic here */
  };