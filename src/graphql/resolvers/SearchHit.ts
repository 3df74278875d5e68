import { prepareQuery } from '../../data/name-matcher/index.js';
import { snippetOf } from '../../data/search-rank.js';
import type { SearchHitResolvers } from './../types.generated.js';

/**
 * Built by src/data/search.ts; the entity resolves its own type from `__typename`. The snippet
 * of a FULL_TEXT hit reads the summary through the entity loader, only when it is selected.
 */
export const SearchHit: SearchHitResolvers = {
  snippet: async (hit, _args, ctx) => {
    if (hit.matchedOn !== 'FULL_TEXT') return null;
    const entity = hit.entity.summary != null ? hit.entity : await ctx.loaders.entity.load(hit.entity.id);
    const summary = entity?.summary;
    return summary ? snippetOf(summary, prepareQuery(hit.query)) : null;
  },
};
