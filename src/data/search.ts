import { defineQuery } from '../db/cypher.js';
import type { NameRecord } from './name-keys.js';
import { matchEntities, type NamedEntity, nameKeysQuery, prepareQuery } from './name-matcher/index.js';
import type { DataPort } from './port.js';
import { type FulltextCandidate, rankHits, type SearchHitRow } from './search-rank.js';
import { CANDIDATE_LIMIT, planSearch, type SearchRequest } from './search-text.js';

export type { SearchHitRow, SearchMatchField } from './search-rank.js';
export { MAX_FIRST, MAX_TEXT_LENGTH, parseSearchArgs, type SearchArgs, type SearchRequest } from './search-text.js';

/** Name matches looked at before merging with the full-text hits; far above MAX_FIRST. */
const NAME_MATCH_LIMIT = 100;
/** Entities the name-key index hands to the matcher, at most: what bounds the work of a search. */
export const NAME_CANDIDATE_LIMIT = 150;

/** The row of searchCandidates: the name candidates and the full-text hits. */
export interface SearchCandidatesRow {
  names: NameRecord[];
  hits: [NameRecord, number][];
}

const searchCandidatesQuery = defineQuery<
  { nameQuery: string | null; nameLimit: number; lucene: string | null; labels: string[] | null; candidateLimit: number },
  SearchCandidatesRow
>('searchCandidates');

export const namedEntity = ([id, name, nameEn, aliases, labels]: NameRecord): NamedEntity => ({
  id,
  name,
  nameEn: nameEn ?? '',
  aliases: aliases ?? [],
  labels,
});

/** The parameters of searchCandidates for a request. */
export function searchCandidatesParams(request: SearchRequest) {
  return {
    nameQuery: nameKeysQuery(prepareQuery(request.text), request.labels),
    nameLimit: NAME_CANDIDATE_LIMIT,
    lucene: planSearch(request.text).lucene,
    labels: request.labels,
    candidateLimit: CANDIDATE_LIMIT,
  };
}

/** The hits of a request from the row of searchCandidates: its name candidates matched, merged with the full-text hits. */
export function rankSearch(request: SearchRequest, row: SearchCandidatesRow): SearchHitRow[] {
  const query = prepareQuery(request.text);
  const matches = matchEntities(query, row.names.map(namedEntity), { labels: request.labels, limit: NAME_MATCH_LIMIT });
  const fulltext: FulltextCandidate[] = row.hits.map(([record, score]) => ({ entity: namedEntity(record), score }));
  return rankHits(request.text, matches, fulltext, request.first);
}

/**
 * Query.search, reading: one statement gives the candidates of the name-key index and the hits
 * of the full-text index; the name matcher (src/data/name-matcher/) scores the candidates and
 * src/data/search-rank.ts merges the two. The user's text becomes parameters only, never
 * Cypher. With `fullEntities` (the query selects more of the hits' entities) the hits kept are
 * read whole through the entity loader.
 */
export async function searchEntities(ctx: DataPort, request: SearchRequest, options: { fullEntities: boolean }): Promise<SearchHitRow[]> {
  const [row] = await ctx.read((tx) => searchCandidatesQuery.run(tx, searchCandidatesParams(request), ctx.roundTrips));
  if (!row) throw new Error('searchCandidates returned no row');
  const hits = rankSearch(request, row);
  if (!options.fullEntities) return hits;
  const entities = await ctx.loaders.entity.loadMany(hits.map((hit) => hit.entity.id));
  // An entity deleted between the two reads is no longer a hit.
  return hits.flatMap((hit, i) => {
    const entity = entities[i];
    if (entity instanceof Error) throw entity;
    return entity ? [{ ...hit, entity }] : [];
  });
}
