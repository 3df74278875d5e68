import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const projects: NonNullable<QueryResolvers['projects']> = (_parent, args, ctx) => collection(ctx, ['Project'], args);
