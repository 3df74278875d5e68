import { parseNeighborhoodArgs } from '../../../data/explore/arguments.js';
import { readNeighborhood } from '../../../data/explore/reads.js';
import { subgraphProjection } from '../../selection-projection.js';
import type { QueryResolvers } from './../../types.generated.js';

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = async (_parent, args, ctx, info) =>
  readNeighborhood(ctx, parseNeighborhoodArgs(args), subgraphProjection(info));
