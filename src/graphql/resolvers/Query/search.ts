import { parseSearchArgs, searchEntities } from '../../../data/search.js';
import { searchHitsNeedFullEntities } from '../../selection-projection.js';
import type { QueryResolvers } from './../../types.generated.js';

export const search: NonNullable<QueryResolvers['search']> = async (_parent, args, ctx, info) =>
  searchEntities(ctx, parseSearchArgs(args), { fullEntities: searchHitsNeedFullEntities(info) });
