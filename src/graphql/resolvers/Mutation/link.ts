import { link as linkMutation } from '../../../editing/mutations.js';
import type { MutationResolvers } from './../../types.generated.js';

export const link: NonNullable<MutationResolvers['link']> = async (_parent, { input }, ctx) => linkMutation(ctx, input);
