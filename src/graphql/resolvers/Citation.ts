import { GraphQLError } from 'graphql';
import type { CitationResolvers } from './../types.generated.js';

export const Citation: CitationResolvers = {
  source: async ({ source }, _arg, ctx) => {
    const found = await ctx.loaders.source.load(source);
    if (!found) throw new GraphQLError(`citation names source "${source}", which the graph lacks`);
    return found;
  },
  paragraphText: async ({ source, paragraph }, _arg, ctx) => {
    const text = await ctx.loaders.paragraphText.load(`${source}#${paragraph}`);
    if (text === null) throw new GraphQLError(`source "${source}" has no paragraph ${paragraph}`);
    return text;
  },
};
