import { placementOf } from '../../data/sides.js';
import type { NewAreaRow } from '../../model/rows.generated.js';
import type { EntitySideResolvers } from './../types.generated.js';

export const EntitySide: EntitySideResolvers = {
  newAreas: async (parent, _args, ctx) => {
    const areas = await ctx.loaders.entity.loadMany(parent.newAreaIds);
    return areas.filter((area): area is NewAreaRow => area !== null && !(area instanceof Error));
  },
  placement: (parent) => placementOf(parent),
};
