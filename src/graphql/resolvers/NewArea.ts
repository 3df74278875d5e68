import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { NewAreaResolvers } from './../types.generated.js';

export const NewArea: NewAreaResolvers = {
  administeredBy: relationshipField('NewArea', 'administeredBy'),
  affiliates: relationshipField('NewArea', 'affiliates'),
  agreements: relationshipField('NewArea', 'agreements'),
  contains: relationshipField('NewArea', 'contains'),
  cooperatesWith: relationshipField('NewArea', 'cooperatesWith'),
  establishes: relationshipField('NewArea', 'establishes'),
  events: relationshipField('NewArea', 'events'),
  incomingEnterprises: relationshipField('NewArea', 'incomingEnterprises'),
  locatedIn: relationshipField('NewArea', 'locatedIn'),
  strengths: relationshipField('NewArea', 'strengths'),
  tasks: relationshipField('NewArea', 'tasks'),
  relationships,
  side: entitySide,
};
