import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const policies: NonNullable<QueryResolvers['policies']> = (_parent, args, ctx) => collection(ctx, ['Policy'], args);
