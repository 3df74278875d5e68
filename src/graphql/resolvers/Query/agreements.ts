import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const agreements: NonNullable<QueryResolvers['agreements']> = (_parent, args, ctx) => collection(ctx, ['Agreement'], args);
