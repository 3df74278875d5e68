import { candidatesOf, mentionsOfSource, paragraphsOf } from '../../sources/sources.js';
import type { SourceResolvers } from './../types.generated.js';

export const Source: SourceResolvers = {
  factCandidates: ({ id }, { status }, ctx) => candidatesOf(ctx, id, status),
  mentions: ({ id }, _arg, ctx) => mentionsOfSource(ctx, id),
  paragraphs: ({ id }, _arg, ctx) => paragraphsOf(ctx, id),
};
