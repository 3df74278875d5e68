import { listSources } from '../../../sources/sources.js';
import type { QueryResolvers } from './../../types.generated.js';

export const sources: NonNullable<QueryResolvers['sources']> = (_parent, { first }, ctx) => listSources(ctx, first);
