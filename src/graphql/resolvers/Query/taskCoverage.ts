import { readTaskCoverage } from '../../../data/explore/reads.js';
import type { QueryResolvers } from './../../types.generated.js';

export const taskCoverage: NonNullable<QueryResolvers['taskCoverage']> = async (_parent, _args, ctx) => readTaskCoverage(ctx);
