import { acceptCandidates } from '../../../sources/review.js';
import type { MutationResolvers } from './../../types.generated.js';

export const acceptFactCandidates: NonNullable<MutationResolvers['acceptFactCandidates']> = (_parent, { ids }, ctx) =>
  acceptCandidates(ctx, ids.map((id) => ({ id })));
