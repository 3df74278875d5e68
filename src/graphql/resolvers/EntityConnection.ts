import type   { EntityConnectionResolvers } from './../types.generated.js';
    export const EntityConnection: EntityConnectionResolvers = {
    /* Implement EntityConnection resolver logic here */
  };