import type   { IndustryConnectionResolvers } from './../types.generated.js';
    export const IndustryConnection: IndustryConnectionResolvers = {
    /* Implement IndustryConnection resolver logic here */
  };