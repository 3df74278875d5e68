import type   { SourceResolvers } from './../types.generated.js';
    export const Source: SourceResolvers = {
    /* Implement Source resolver logic here */
  };