import { updateEntity } from '../../../editing/mutations.js';
import type { EnterpriseMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const updateEnterprise: NonNullable<MutationResolvers['updateEnterprise']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await updateEntity(ctx, 'Enterprise', input);
  return { enterprise: entity as EnterpriseMapper, change };
};
