import { createEntity } from '../../../editing/mutations.js';
import type { EnterpriseMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const createEnterprise: NonNullable<MutationResolvers['createEnterprise']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await createEntity(ctx, 'Enterprise', input);
  return { enterprise: entity as EnterpriseMapper, change };
};
