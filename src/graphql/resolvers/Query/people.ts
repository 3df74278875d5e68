import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const people: NonNullable<QueryResolvers['people']> = (_parent, args, ctx) => collection(ctx, ['Person'], args);
