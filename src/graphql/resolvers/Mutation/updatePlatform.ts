import { updateEntity } from '../../../editing/mutations.js';
import type { PlatformMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const updatePlatform: NonNullable<MutationResolvers['updatePlatform']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await updateEntity(ctx, 'Platform', input);
  return { platform: entity as PlatformMapper, change };
};
