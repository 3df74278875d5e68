import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const organizations: NonNullable<QueryResolvers['organizations']> = (_parent, args, ctx) => collection(ctx, ['Organization'], args);
