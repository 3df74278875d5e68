import { sourceOf } from '../../../sources/sources.js';
import type { QueryResolvers } from './../../types.generated.js';

export const source: NonNullable<QueryResolvers['source']> = (_parent, { id }, ctx) => sourceOf(ctx, id);
