import { updateEntity } from '../../../editing/mutations.js';
import type { PersonMapper } from '../../mappers/entities.mappers.js';
import type { MutationResolvers } from './../../types.generated.js';

export const updatePerson: NonNullable<MutationResolvers['updatePerson']> = async (_parent, { input }, ctx) => {
  const { entity, change } = await updateEntity(ctx, 'Person', input);
  return { person: entity as PersonMapper, change };
};
