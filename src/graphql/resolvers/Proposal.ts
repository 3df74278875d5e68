import { entitySide, relationshipField, relationships } from '../entity-resolvers.js';
import type { ProposalResolvers } from './../types.generated.js';

export const Proposal: ProposalResolvers = {
  concerns: relationshipField('Proposal', 'concerns'),
  proposedBy: relationshipField('Proposal', 'proposedBy'),
  relationships,
  side: entitySide,
};
