import { notFound, queryTooComplex } from '../../../model/errors.js';
import { MAX_PAGE_SIZE } from '../../../model/pagination.js';
import { entityWithSelectedPages } from '../../selected-relationship-pages.js';
import type { QueryResolvers } from './../../types.generated.js';

/** Missing ids become null at their position, each with its own NOT_FOUND error. */
export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, ctx, info) => {
  if (ids.length > MAX_PAGE_SIZE) {
    throw queryTooComplex(`ids takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, 'maxIds', { argument: 'ids', maximum: MAX_PAGE_SIZE });
  }
  return ids.map(async (id) => {
    const found = await entityWithSelectedPages(ctx, info, id);
    if (!found) throw notFound(id);
    return found;
  });
};
