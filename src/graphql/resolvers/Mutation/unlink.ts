import { unlink as unlinkMutation } from '../../../editing/mutations.js';
import type { MutationResolvers } from './../../types.generated.js';

export const unlink: NonNullable<MutationResolvers['unlink']> = async (_parent, { input }, ctx) => unlinkMutation(ctx, input);
