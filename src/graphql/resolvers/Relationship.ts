import type   { RelationshipResolvers } from './../types.generated.js';
    export const Relationship: RelationshipResolvers = {
    /* Implement Relationship resolver logic here */
  };