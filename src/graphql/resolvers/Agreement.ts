import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { AgreementResolvers } from './../types.generated.js';

export const Agreement: AgreementResolvers = {
  cooperationAreas: relationshipField('Agreement', 'cooperationAreas'),
  parties: relationshipField('Agreement', 'parties'),
  signedAt: relationshipField('Agreement', 'signedAt'),
  relationships,
  side: entitySide,
};
