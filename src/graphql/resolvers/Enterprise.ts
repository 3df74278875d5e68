import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { EnterpriseResolvers } from './../types.generated.js';

export const Enterprise: EnterpriseResolvers = {
  cooperatesWith: relationshipField('Enterprise', 'cooperatesWith'),
  expandsTo: relationshipField('Enterprise', 'expandsTo'),
  industries: relationshipField('Enterprise', 'industries'),
  locatedIn: relationshipField('Enterprise', 'locatedIn'),
  people: relationshipField('Enterprise', 'people'),
  relationships,
  side: entitySide,
};
