import { collection } from '../../collections.js';
import { labelOfEntityType } from '../../../model/entity-types.js';
import type { QueryResolvers } from './../../types.generated.js';

export const entities: NonNullable<QueryResolvers['entities']> = (_parent, { types, ...args }, ctx) =>
  collection(ctx, types?.length ? types.map(labelOfEntityType) : null, args);
