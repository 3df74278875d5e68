import { parseNeighborhoodArgs, readNeighborhood } from '../../../data/explore.js';
import type { QueryResolvers } from './../../types.generated.js';

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = async (_parent, args, ctx) =>
  readNeighborhood(ctx, parseNeighborhoodArgs(args));
