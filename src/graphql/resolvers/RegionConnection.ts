import type   { RegionConnectionResolvers } from './../types.generated.js';
    export const RegionConnection: RegionConnectionResolvers = {
    /* Implement RegionConnection resolver logic here */
  };