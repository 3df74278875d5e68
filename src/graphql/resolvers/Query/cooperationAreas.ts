import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const cooperationAreas: NonNullable<QueryResolvers['cooperationAreas']> = (_parent, args, ctx) => collection(ctx, ['CooperationArea'], args);
