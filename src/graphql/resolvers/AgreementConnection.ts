import type   { AgreementConnectionResolvers } from './../types.generated.js';
    export const AgreementConnection: AgreementConnectionResolvers = {
    /* Implement AgreementConnection resolver logic here */
  };