import { updateEntity } from '../../../editing/mutations.js';
import type { ProjectMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const updateProject: NonNullable<MutationResolvers['updateProject']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await updateEntity(ctx, 'Project', input);
  return { project: entity as ProjectMapper, change };
};
