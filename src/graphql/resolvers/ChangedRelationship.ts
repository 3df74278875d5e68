import type { ChangedRelationshipResolvers } from './../types.generated.js';

export const ChangedRelationship: ChangedRelationshipResolvers = {};
