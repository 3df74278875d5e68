import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const articles: NonNullable<QueryResolvers['articles']> = (_parent, args, ctx) => collection(ctx, ['Article'], args);
