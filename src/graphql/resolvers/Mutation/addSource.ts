import { addSource as add } from '../../../sources/sources.js';
import type { MutationResolvers } from './../../types.generated.js';

export const addSource: NonNullable<MutationResolvers['addSource']> = (_parent, { input }, ctx) => add(ctx, input);
