import type   { PolicyConnectionResolvers } from './../types.generated.js';
    export const PolicyConnection: PolicyConnectionResolvers = {
    /* Implement PolicyConnection resolver logic here */
  };