import type   { InitiativeConnectionResolvers } from './../types.generated.js';
    export const InitiativeConnection: InitiativeConnectionResolvers = {
    /* Implement InitiativeConnection resolver logic here */
  };