import { recordProgress as recordProgressMutation } from '../../../editing/mutations.js';
import type { MutationResolvers } from './../../types.generated.js';

export const recordProgress: NonNullable<MutationResolvers['recordProgress']> = async (_parent, { input }, ctx) =>
  recordProgressMutation(ctx, input);
