import type   { CooperationAreaConnectionResolvers } from './../types.generated.js';
    export const CooperationAreaConnection: CooperationAreaConnectionResolvers = {
    /* Implement CooperationAreaConnection resolver logic here */
  };