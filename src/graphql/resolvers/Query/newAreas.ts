import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const newAreas: NonNullable<QueryResolvers['newAreas']> = (_parent, args, ctx) => collection(ctx, ['NewArea'], args);
