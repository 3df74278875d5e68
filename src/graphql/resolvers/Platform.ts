import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { PlatformResolvers } from './../types.generated.js';

export const Platform: PlatformResolvers = {
  contains: relationshipField('Platform', 'contains'),
  cooperatesWith: relationshipField('Platform', 'cooperatesWith'),
  cooperationAreas: relationshipField('Platform', 'cooperationAreas'),
  initiatives: relationshipField('Platform', 'initiatives'),
  locatedIn: relationshipField('Platform', 'locatedIn'),
  tasks: relationshipField('Platform', 'tasks'),
  visitors: relationshipField('Platform', 'visitors'),
  relationships,
  side: entitySide,
};
