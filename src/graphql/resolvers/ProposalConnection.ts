import type   { ProposalConnectionResolvers } from './../types.generated.js';
    export const ProposalConnection: ProposalConnectionResolvers = {
    /* Implement ProposalConnection resolver logic here */
  };