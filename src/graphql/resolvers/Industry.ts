import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { IndustryResolvers } from './../types.generated.js';

export const Industry: IndustryResolvers = {
  enterprises: relationshipField('Industry', 'enterprises'),
  proposals: relationshipField('Industry', 'proposals'),
  strongIn: relationshipField('Industry', 'strongIn'),
  relationships,
  side: entitySide,
};
