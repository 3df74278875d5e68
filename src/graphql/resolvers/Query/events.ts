import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const events: NonNullable<QueryResolvers['events']> = (_parent, args, ctx) => collection(ctx, ['Event'], args);
