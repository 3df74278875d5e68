import type   { PersonConnectionResolvers } from './../types.generated.js';
    export const PersonConnection: PersonConnectionResolvers = {
    /* Implement PersonConnection resolver logic here */
  };