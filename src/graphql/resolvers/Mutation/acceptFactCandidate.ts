import { acceptCandidates } from '../../../sources/review.js';
import type { MutationResolvers } from './../../types.generated.js';

export const acceptFactCandidate: NonNullable<MutationResolvers['acceptFactCandidate']> = async (_parent, { input }, ctx) => {
  const { id, ...edits } = input;
  const [result] = await acceptCandidates(ctx, [{ id, edits }]);
  return result!;
};
