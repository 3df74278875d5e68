import type { Context } from '../context.js';
import { defineQuery } from '../db/cypher.js';
import { type NameRecord, namedEntity } from './name-index-store.js';
import { prepareQuery } from './name-matcher/index.js';
import { type FulltextCandidate, rankHits, type SearchHitRow } from './search-rank.js';
import { CANDIDATE_LIMIT, planSearch, type SearchRequest } from './search-text.js';

export type { SearchHitRow } from './search-rank.js';
export { MAX_FIRST, MAX_TEXT_LENGTH, parseSearchArgs, type SearchArgs, type SearchRequest } from './search-text.js';

/** Name matches looked at before merging with the full-text hits; far above MAX_FIRST. */
const NAME_MATCH_LIMIT = 100;

const searchCandidatesQuery = defineQuery<
  { lucene: string | null; labels: string[] | null; candidateLimit: number },
  { entityCount: number; lastChangeId: string | null; lastChangeAt: string | null; hits: [NameRecord, number][] }
>('searchCandidates');

/**
 * Query.search, reading: one statement gives the full-text hits and the names' version; the
 * in-process name index (src/data/name-index-store.ts), brought to that version, matches the
 * names (src/data/name-matcher/); src/data/search-rank.ts merges the two. The user's text
 * becomes parameters only, never Cypher. With `fullEntities` (the query selects more of the
 * hits' entities) the hits kept are read whole through the entity loader.
 */
export async function searchEntities(ctx: Context, request: SearchRequest, options: { fullEntities: boolean }): Promise<SearchHitRow[]> {
  const plan = planSearch(request.text);
  const [row] = await ctx.read((tx) =>
    searchCandidatesQuery.run(tx, { lucene: plan.lucene, labels: request.labels, candidateLimit: CANDIDATE_LIMIT }, ctx.roundTrips),
  );
  if (!row) throw new Error('searchCandidates returned no row');
  const index = await ctx.names.at(ctx, {
    entityCount: Number(row.entityCount),
    lastChangeId: row.lastChangeId,
    lastChangeAt: row.lastChangeAt,
  });
  const query = prepareQuery(request.text);
  const names = index.find(query, { labels: request.labels, limit: NAME_MATCH_LIMIT });
  const fulltext: FulltextCandidate[] = row.hits.map(([record, score]) => ({ entity: namedEntity(record), score }));
  const hits = rankHits(request.text, names, fulltext, request.first);
  if (!options.fullEntities) return hits;
  const entities = await ctx.loaders.entity.loadMany(hits.map((hit) => hit.entity.id));
  // An entity deleted between the two reads is no longer a hit.
  return hits.flatMap((hit, i) => {
    const entity = entities[i];
    if (entity instanceof Error) throw entity;
    return entity ? [{ ...hit, entity }] : [];
  });
}
