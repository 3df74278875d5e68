import type   { ProposalEdgeResolvers } from './../types.generated.js';
    export const ProposalEdge: ProposalEdgeResolvers = {
    /* Implement ProposalEdge resolver logic here */
  };