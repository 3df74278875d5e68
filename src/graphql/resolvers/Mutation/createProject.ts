import { createEntity } from '../../../editing/mutations.js';
import type { ProjectMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const createProject: NonNullable<MutationResolvers['createProject']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await createEntity(ctx, 'Project', input);
  return { project: entity as ProjectMapper, change };
};
