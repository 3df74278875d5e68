import { parsePathsArgs } from '../../../data/explore/arguments.js';
import { readPaths } from '../../../data/explore/reads.js';
import type { QueryResolvers } from './../../types.generated.js';

export const paths: NonNullable<QueryResolvers['paths']> = async (_parent, args, ctx) => readPaths(ctx, parsePathsArgs(args));
