import type   { OrganizationConnectionResolvers } from './../types.generated.js';
    export const OrganizationConnection: OrganizationConnectionResolvers = {
    /* Implement OrganizationConnection resolver logic here */
  };