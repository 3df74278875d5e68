import type   { PlatformConnectionResolvers } from './../types.generated.js';
    export const PlatformConnection: PlatformConnectionResolvers = {
    /* Implement PlatformConnection resolver logic here */
  };