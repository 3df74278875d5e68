import { reprocessSource as reprocess } from '../../../sources/sources.js';
import type { MutationResolvers } from './../../types.generated.js';

export const reprocessSource: NonNullable<MutationResolvers['reprocessSource']> = (_parent, { id }, ctx) => reprocess(ctx, id);
