import { deleteEntity as deleteEntityMutation } from '../../../editing/mutations.js';
import type { MutationResolvers } from './../../types.generated.js';

export const deleteEntity: NonNullable<MutationResolvers['deleteEntity']> = async (_parent, { input }, ctx) =>
  deleteEntityMutation(ctx, input);
