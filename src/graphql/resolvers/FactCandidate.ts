import { sourceOfCitation } from '../source-of.js';
import type { FactCandidateResolvers } from './../types.generated.js';

export const FactCandidate: FactCandidateResolvers = {
  relationshipType: ({ relType }) => relType,
  source: ({ source }, _arg, ctx) => sourceOfCitation(ctx, source),
};
