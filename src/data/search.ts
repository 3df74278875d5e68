import { defineQuery } from '../db/cypher.js';
import { type NameIndexStore, type NameRecord, namedEntity } from './name-index-store.js';
import type { DataPort, ReadPort } from './port.js';
import { prepareQuery } from './name-matcher/index.js';
import { type FulltextCandidate, rankHits, type SearchHitRow } from './search-rank.js';
import { CANDIDATE_LIMIT, planSearch, type SearchRequest } from './search-text.js';

export type { SearchHitRow, SearchMatchField } from './search-rank.js';
export { MAX_FIRST, MAX_TEXT_LENGTH, parseSearchArgs, type SearchArgs, type SearchRequest } from './search-text.js';

/** What search reads through: the request's database and loaders, and the process's name index. */
export interface SearchPort extends DataPort {
  names: NameIndexStore;
}

/** Name matches looked at before merging with the full-text hits; far above MAX_FIRST. */
const NAME_MATCH_LIMIT = 100;

/** The row of searchCandidates: the full-text hits and the names' version. */
export interface SearchCandidatesRow {
  entityCount: number;
  lastChangeId: string | null;
  lastChangeAt: string | null;
  hits: [NameRecord, number][];
}

const searchCandidatesQuery = defineQuery<{ lucene: string | null; labels: string[] | null; candidateLimit: number }, SearchCandidatesRow>(
  'searchCandidates',
);

/** The parameters of searchCandidates for a request. */
export function searchCandidatesParams(request: SearchRequest) {
  return { lucene: planSearch(request.text).lucene, labels: request.labels, candidateLimit: CANDIDATE_LIMIT };
}

/**
 * The hits of a request from the row of searchCandidates: the name index brought to the row's
 * version (reading Neo4j only when it is behind), the names matched, merged with the full-text hits.
 */
export async function rankSearch(
  names: NameIndexStore,
  reader: ReadPort,
  request: SearchRequest,
  row: SearchCandidatesRow,
): Promise<SearchHitRow[]> {
  const index = await names.at(reader, {
    entityCount: Number(row.entityCount),
    lastChangeId: row.lastChangeId,
    lastChangeAt: row.lastChangeAt,
  });
  const query = prepareQuery(request.text);
  const matches = index.find(query, { labels: request.labels, limit: NAME_MATCH_LIMIT });
  const fulltext: FulltextCandidate[] = row.hits.map(([record, score]) => ({ entity: namedEntity(record), score }));
  return rankHits(request.text, matches, fulltext, request.first);
}

/**
 * Query.search, reading: one statement gives the full-text hits and the names' version; the
 * in-process name index (src/data/name-index-store.ts), brought to that version, matches the
 * names (src/data/name-matcher/); src/data/search-rank.ts merges the two. The user's text
 * becomes parameters only, never Cypher. With `fullEntities` (the query selects more of the
 * hits' entities) the hits kept are read whole through the entity loader.
 */
export async function searchEntities(ctx: SearchPort, request: SearchRequest, options: { fullEntities: boolean }): Promise<SearchHitRow[]> {
  const [row] = await ctx.read((tx) => searchCandidatesQuery.run(tx, searchCandidatesParams(request), ctx.roundTrips));
  if (!row) throw new Error('searchCandidates returned no row');
  const hits = await rankSearch(ctx.names, ctx, request, row);
  if (!options.fullEntities) return hits;
  const entities = await ctx.loaders.entity.loadMany(hits.map((hit) => hit.entity.id));
  // An entity deleted between the two reads is no longer a hit.
  return hits.flatMap((hit, i) => {
    const entity = entities[i];
    if (entity instanceof Error) throw entity;
    return entity ? [{ ...hit, entity }] : [];
  });
}
