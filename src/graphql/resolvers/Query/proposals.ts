import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const proposals: NonNullable<QueryResolvers['proposals']> = (_parent, args, ctx) => collection(ctx, ['Proposal'], args);
