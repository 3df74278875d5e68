import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { OrganizationResolvers } from './../types.generated.js';

export const Organization: OrganizationResolvers = {
  administers: relationshipField('Organization', 'administers'),
  cooperatesWith: relationshipField('Organization', 'cooperatesWith'),
  events: relationshipField('Organization', 'events'),
  locatedIn: relationshipField('Organization', 'locatedIn'),
  people: relationshipField('Organization', 'people'),
  relationships,
  side: entitySide,
};
