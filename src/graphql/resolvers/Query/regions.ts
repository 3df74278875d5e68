import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const regions: NonNullable<QueryResolvers['regions']> = (_parent, args, ctx) => collection(ctx, ['Region'], args);
