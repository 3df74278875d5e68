import { GraphQLError } from 'graphql';
import { sourceOfCitation } from '../source-of.js';
import type { CitationResolvers } from './../types.generated.js';

export const Citation: CitationResolvers = {
  source: ({ source }, _arg, ctx) => sourceOfCitation(ctx, source),
  paragraphText: async ({ source, paragraph }, _arg, ctx) => {
    const text = await ctx.loaders.paragraphText.load(`${source}#${paragraph}`);
    if (text === null) throw new GraphQLError(`source "${source}" has no paragraph ${paragraph}`);
    return text;
  },
};
