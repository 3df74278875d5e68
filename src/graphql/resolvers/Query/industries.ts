import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const industries: NonNullable<QueryResolvers['industries']> = (_parent, args, ctx) => collection(ctx, ['Industry'], args);
