import { notFound } from '../../../model/errors.js';
import { prefetchRelationshipPages } from '../../prefetch-relationships.js';
import type { QueryResolvers } from './../../types.generated.js';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, { id }, ctx, info) => {
  prefetchRelationshipPages(ctx, info, [id]);
  const found = await ctx.loaders.entity.load(id);
  if (!found) throw notFound(id);
  return found;
};
