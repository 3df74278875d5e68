import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { EventResolvers } from './../types.generated.js';

export const Event: EventResolvers = {
  agreementsSigned: relationshipField('Event', 'agreementsSigned'),
  participants: relationshipField('Event', 'participants'),
  places: relationshipField('Event', 'places'),
  relationships,
  side: entitySide,
};
