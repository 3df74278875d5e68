import { parseSearchArgs, rankSearch, type SearchCandidatesRow, searchCandidatesParams } from '../../src/data/search.js';
import { entityRef } from './canonical.js';
import type { BenchQueryFactory, CypherRows } from './types.js';

type Row = Record<string, unknown>;

const FIRST = 10;

/** Canonical: the hits in order, each with its score, how it matched and the entity. */
function canonical(hits: Row[]) {
  return hits.map((hit) => ({
    score: hit.score,
    matchedOn: hit.matchedOn,
    matchedText: hit.matchedText ?? null,
    entity: entityRef(hit.entity),
  }));
}

/**
 * Query.search over every type. The candidates come from the name-key and full-text indexes in
 * one statement; the name matcher scores them in process on every side
 * (src/data/name-matcher/): neither Cypher nor @neo4j/graphql can match pinyin, initials or
 * short forms, so side b answers with a custom resolver (bench/neo4j-graphql/schema.ts) and
 * side c's client with the same module, over the same statement's rows.
 */
export const search: BenchQueryFactory = (targets) => {
  const request = parseSearchArgs({ text: targets.searchText, first: FIRST });
  return {
    name: 'search',
    title: `search "${targets.searchText}", first ${FIRST}`,
    ours: {
      query: /* GraphQL */ `
        query Search($text: String!) {
          search(text: $text, first: ${FIRST}) { score matchedOn matchedText entity { __typename id name } }
        }`,
      variables: { text: targets.searchText },
    },
    neo4jGraphQL: {
      query: /* GraphQL */ `
        query Search($text: String!) {
          search(text: $text, first: ${FIRST}) { score matchedOn matchedText entity { id name type } }
        }`,
      variables: { text: targets.searchText },
    },
    raw: {
      statement: 'searchCandidates',
      params: searchCandidatesParams(request),
      finish: (rows: CypherRows) => rankSearch(request, rows[0] as unknown as SearchCandidatesRow),
    },
    canonical: {
      ours: (data) => canonical(data.search as Row[]),
      neo4jGraphQL: (data) => canonical(data.search as Row[]),
      raw: (hits) => canonical(hits as Row[]),
    },
  };
};
