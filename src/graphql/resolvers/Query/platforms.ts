import { collection } from '../../collections.js';
import type { QueryResolvers } from './../../types.generated.js';

export const platforms: NonNullable<QueryResolvers['platforms']> = (_parent, args, ctx) => collection(ctx, ['Platform'], args);
