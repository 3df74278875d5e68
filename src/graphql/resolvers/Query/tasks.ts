import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const tasks: NonNullable<QueryResolvers['tasks']> = (_parent, args, ctx) => collection(ctx, ['Task'], args);
