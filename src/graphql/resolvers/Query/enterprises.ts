import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const enterprises: NonNullable<QueryResolvers['enterprises']> = (_parent, args, ctx) => collection(ctx, ['Enterprise'], args);
