import { updateEntity } from '../../../editing/mutations.js';
import type { OrganizationMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const updateOrganization: NonNullable<MutationResolvers['updateOrganization']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await updateEntity(ctx, 'Organization', input);
  return { organization: entity as OrganizationMapper, change };
};
