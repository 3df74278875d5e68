import { createEntity } from '../../../editing/mutations.js';
import type { PlatformMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const createPlatform: NonNullable<MutationResolvers['createPlatform']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await createEntity(ctx, 'Platform', input);
  return { platform: entity as PlatformMapper, change };
};
