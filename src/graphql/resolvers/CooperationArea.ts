import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { CooperationAreaResolvers } from './../types.generated.js';

export const CooperationArea: CooperationAreaResolvers = {
  agreements: relationshipField('CooperationArea', 'agreements'),
  platforms: relationshipField('CooperationArea', 'platforms'),
  policies: relationshipField('CooperationArea', 'policies'),
  projects: relationshipField('CooperationArea', 'projects'),
  tasks: relationshipField('CooperationArea', 'tasks'),
  relationships,
  side: entitySide,
};
