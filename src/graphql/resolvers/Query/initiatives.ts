import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const initiatives: NonNullable<QueryResolvers['initiatives']> = (_parent, args, ctx) => collection(ctx, ['Initiative'], args);
