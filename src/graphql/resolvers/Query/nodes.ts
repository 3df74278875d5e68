import { badUserInput, notFound } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../../pagination.js';
import type { QueryResolvers } from './../../types.generated.js';

/** Missing ids become null at their position, each with its own NOT_FOUND error. */
export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx) => {
  if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`ids takes at most ${MAX_PAGE_SIZE} ids`, 'ids');
  return ids.map(async (id) => {
    const found = await ctx.loaders.entity.load(id);
    if (!found) throw notFound(id);
    return found;
  });
};
