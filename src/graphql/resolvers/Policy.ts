import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { PolicyResolvers } from './../types.generated.js';

export const Policy: PolicyResolvers = {
  cooperationAreas: relationshipField('Policy', 'cooperationAreas'),
  runBy: relationshipField('Policy', 'runBy'),
  tasks: relationshipField('Policy', 'tasks'),
  relationships,
  side: entitySide,
};
