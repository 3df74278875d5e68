import { CANDIDATE_LIMIT, type CandidateRecord, candidateEntity, planSearch, rankCandidates } from '../../src/data/search.js';
import { entityRef } from './canonical.js';
import type { BenchQueryFactory, CypherRows } from './types.js';

type Row = Record<string, unknown>;

const FIRST = 10;

/** Canonical: the hits in order, each with its score, where it matched and the entity. */
function canonical(hits: Row[]) {
  return hits.map((hit) => ({
    score: hit.score,
    matchedOn: hit.matchedOn,
    matchedText: hit.matchedText ?? null,
    entity: entityRef(hit.entity),
  }));
}

/** Query.search over every type: full-text and name candidates, ranked. */
export const search: BenchQueryFactory = (targets) => {
  const plan = planSearch(targets.searchText);
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
        query Search($lucene: String, $needle: String!, $terms: [String!]!) {
          search(lucene: $lucene, needle: $needle, terms: $terms, first: ${FIRST}) {
            score matchedOn matchedText entity { id name type }
          }
        }`,
      variables: { ...plan },
    },
    raw: {
      statement: 'searchCandidates',
      params: { ...plan, labels: null, candidateLimit: CANDIDATE_LIMIT },
      finish: (rows: CypherRows) =>
        rankCandidates(
          rows.map((row) => ({ entity: candidateEntity(row.entity as CandidateRecord), fulltextScore: row.fulltextScore as number | null })),
          plan,
          FIRST,
        ),
    },
    canonical: {
      ours: (data) => canonical(data.search as Row[]),
      neo4jGraphQL: (data) => canonical(data.search as Row[]),
      raw: (hits) => canonical(hits as Row[]),
    },
  };
};
