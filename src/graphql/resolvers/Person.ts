import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { PersonResolvers } from './../types.generated.js';

export const Person: PersonResolvers = {
  colleagues: relationshipField('Person', 'colleagues'),
  events: relationshipField('Person', 'events'),
  positions: relationshipField('Person', 'positions'),
  proposals: relationshipField('Person', 'proposals'),
  visits: relationshipField('Person', 'visits'),
  relationships,
  side: entitySide,
};
