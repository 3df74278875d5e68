import { parseSearchArgs, searchEntities } from '../../../data/search.js';
import type { QueryResolvers } from './../../types.generated.js';

export const search: NonNullable<QueryResolvers['search']> = async (_parent, args, ctx) => searchEntities(ctx, parseSearchArgs(args));
