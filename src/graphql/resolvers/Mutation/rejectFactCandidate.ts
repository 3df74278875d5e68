import { rejectCandidate } from '../../../sources/review.js';
import type { MutationResolvers } from './../../types.generated.js';

export const rejectFactCandidate: NonNullable<MutationResolvers['rejectFactCandidate']> = (_parent, { input }, ctx) => rejectCandidate(ctx, input);
