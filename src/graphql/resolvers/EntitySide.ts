import { placementOf } from '../../data/sides.js';
import type { NewAreaMapper } from '../mappers/entities.mappers.js';
import type { EntitySideResolvers } from './../types.generated.js';

export const EntitySide: EntitySideResolvers = {
  newAreas: async (parent, _args, ctx) => {
    const areas = await ctx.loaders.entity.loadMany(parent.newAreaIds);
    return areas.filter((area): area is NewAreaMapper => area !== null && !(area instanceof Error));
  },
  placement: (parent) => placementOf(parent),
};
