import { createEntity } from '../../../editing/mutations.js';
import type { PersonMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const createPerson: NonNullable<MutationResolvers['createPerson']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await createEntity(ctx, 'Person', input);
  return { person: entity as PersonMapper, change };
};
