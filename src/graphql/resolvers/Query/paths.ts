import { parsePathsArgs, readPaths } from '../../../data/explore.js';
import type { QueryResolvers } from './../../types.generated.js';

export const paths: NonNullable<QueryResolvers['paths']> = async (_parent, args, ctx) => readPaths(ctx, parsePathsArgs(args));
