import type { SnippetResolvers } from './../types.generated.js';

/** Built whole by src/data/search-rank.ts snippetOf; ranges resolve through TextRange. */
export const Snippet: SnippetResolvers = {};
