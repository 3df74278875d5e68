import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { RegionResolvers } from './../types.generated.js';

export const Region: RegionResolvers = {
  contains: relationshipField('Region', 'contains'),
  incomingEnterprises: relationshipField('Region', 'incomingEnterprises'),
  strengths: relationshipField('Region', 'strengths'),
  relationships,
  side: entitySide,
};
