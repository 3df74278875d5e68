import { readGraphStats } from '../../../data/stats.js';
import type { QueryResolvers } from './../../types.generated.js';

export const graphStats: NonNullable<QueryResolvers['graphStats']> = async (_parent, _arg, ctx) => readGraphStats(ctx);
