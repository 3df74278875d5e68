import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { InitiativeResolvers } from './../types.generated.js';

export const Initiative: InitiativeResolvers = {
  contributors: relationshipField('Initiative', 'contributors'),
  platforms: relationshipField('Initiative', 'platforms'),
  relationships,
  side: entitySide,
};
