import neo4j from 'neo4j-driver';
import type { Context } from '../../src/context.js';
import { RoundTripCounter } from '../../src/context.js';
import { nameIndexStoreOf } from '../../src/data/name-index-store.js';
import { parseSearchArgs, rankSearch, type SearchCandidatesRow, searchCandidatesParams } from '../../src/data/search.js';
import type { RawTarget } from '../measure/raw-client.js';
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

/** Reads for the client's name index, through neo4j-driver alone. */
function rawReader(target: RawTarget): Pick<Context, 'read' | 'roundTrips'> {
  return {
    roundTrips: new RoundTripCounter(),
    read: async (work) => {
      const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await work(session);
      } finally {
        await session.close();
      }
    },
  };
}

/**
 * Query.search over every type. Names are matched in process by the name matcher on every side
 * (src/data/name-matcher/): neither Cypher nor @neo4j/graphql can match pinyin, initials or
 * short forms, so side b answers with a custom resolver (bench/neo4j-graphql/schema.ts) and
 * side c's client with the same module, over the same statement's full-text hits.
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
      finish: (rows: CypherRows, target: RawTarget) =>
        rankSearch(nameIndexStoreOf(target.driver, target.database), rawReader(target), request, rows[0] as unknown as SearchCandidatesRow),
    },
    canonical: {
      ours: (data) => canonical(data.search as Row[]),
      neo4jGraphQL: (data) => canonical(data.search as Row[]),
      raw: (hits) => canonical(hits as Row[]),
    },
  };
};
