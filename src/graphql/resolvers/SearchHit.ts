import type { SearchHitResolvers } from './../types.generated.js';

/** Built whole by src/data/search.ts; the entity resolves its own type from `__typename`. */
export const SearchHit: SearchHitResolvers = {};
