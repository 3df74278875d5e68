import { notFound, queryTooComplex } from '../../errors.js';
import { MAX_PAGE_SIZE } from '../../pagination.js';
import type { QueryResolvers } from './../../types.generated.js';

/** Missing ids become null at their position, each with its own NOT_FOUND error. */
export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx) => {
  if (ids.length > MAX_PAGE_SIZE) {
    throw queryTooComplex(`ids takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, 'maxIds', { argument: 'ids', maximum: MAX_PAGE_SIZE });
  }
  return ids.map(async (id) => {
    const found = await ctx.loaders.entity.load(id);
    if (!found) throw notFound(id);
    return found;
  });
};
