import type   { EnterpriseConnectionResolvers } from './../types.generated.js';
    export const EnterpriseConnection: EnterpriseConnectionResolvers = {
    /* Implement EnterpriseConnection resolver logic here */
  };