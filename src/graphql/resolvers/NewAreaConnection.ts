import type   { NewAreaConnectionResolvers } from './../types.generated.js';
    export const NewAreaConnection: NewAreaConnectionResolvers = {
    /* Implement NewAreaConnection resolver logic here */
  };