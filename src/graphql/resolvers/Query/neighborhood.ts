import { parseNeighborhoodArgs, readNeighborhood } from '../../../data/explore.js';
import { subgraphProjection } from '../../selection-projection.js';
import type { QueryResolvers } from './../../types.generated.js';

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = async (_parent, args, ctx, info) =>
  readNeighborhood(ctx, parseNeighborhoodArgs(args), subgraphProjection(info));
