import { notFound } from '../../../model/errors.js';
import { entityWithSelectedPages } from '../../selected-relationship-pages.js';
import type { QueryResolvers } from './../../types.generated.js';

export const node: NonNullable<QueryResolvers['node']> = async (_parent, { id }, ctx, info) => {
  const found = await entityWithSelectedPages(ctx, info, id);
  if (!found) throw notFound(id);
  return found;
};
