import { createEntity } from '../../../editing/mutations.js';
import type { OrganizationMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const createOrganization: NonNullable<MutationResolvers['createOrganization']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await createEntity(ctx, 'Organization', input);
  return { organization: entity as OrganizationMapper, change };
};
