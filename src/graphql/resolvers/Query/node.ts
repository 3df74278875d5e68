import { notFound } from '../../errors.js';
import type { QueryResolvers } from './../../types.generated.js';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, { id }, ctx) => {
  const found = await ctx.loaders.entity.load(id);
  if (!found) throw notFound(id);
  return found;
};
