import type { EntityRow } from '../../model/rows.generated.js';
import { sourceOfCitation } from '../source-of.js';
import type { MentionResolvers } from './../types.generated.js';

export const Mention: MentionResolvers = {
  entities: async ({ entityIds }, _arg, ctx) => {
    const rows = await ctx.loaders.entity.loadMany(entityIds);
    return rows.filter((row): row is EntityRow => row !== null && !(row instanceof Error));
  },
  source: ({ source }, _arg, ctx) => sourceOfCitation(ctx, source),
};
