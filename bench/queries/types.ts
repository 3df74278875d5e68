import type { RawTarget } from '../measure/raw-client.js';

/**
 * One question of the benchmark's mix, asked three ways: (a) this API over HTTP, (b) the
 * @neo4j/graphql server over HTTP, (c) hand-written Cypher through neo4j-driver. Each way has a
 * normaliser to one canonical answer; the three canonical answers must be deeply equal before
 * anything is timed.
 */

/** The ids and texts the questions are about (well-known entities of the benchmark's data). */
export interface BenchTargets {
  /** Entity by id: an enterprise with many relationships. */
  enterprise: string;
  /** Filtered list: an industry with many enterprises. */
  industry: string;
  /** Filtered list: the offset of the page's first item (0, the first page: this API's cursors are keys, not positions). */
  listOffset: number;
  /** Search text. */
  searchText: string;
  /** Neighbourhood at depth 2 of a hub. */
  hub: string;
  /** Shortest paths between two entities far apart. */
  pathFrom: string;
  pathTo: string;
  /** The longest path looked for, 1 to 6. */
  pathMaxLength: number;
  /** Partner candidates of an enterprise on the side of a new area. */
  partnerEnterprise: string;
  partnerArea: string;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** The `data` of a GraphQL response. */
export type GraphQLData = Record<string, unknown>;

/** The records of a Cypher statement, each as an object of its columns. */
export type CypherRows = Record<string, unknown>[];

export interface RawRequest {
  /**
   * A statement of bench/cypher/, or the API's own statement (cypher/) for a question the API
   * answers with one statement, so that side c keeps up with the API's Cypher.
   */
  statement: string;
  params: Record<string, unknown>;
  /**
   * What the hand-written client does with the rows to have the answer, when anything (search
   * ranks its candidates in JavaScript, as the API does; paths are split into steps). Part of
   * what side c measures.
   */
  finish?: (rows: CypherRows, target: RawTarget) => unknown;
}

export interface BenchQuery {
  /** camelCase; what --only takes. */
  name: string;
  /** One line for the report. */
  title: string;
  /** Side a: this API. */
  ours: GraphQLRequest;
  /** Side b: the @neo4j/graphql server (bench/neo4j-graphql/type-defs.graphql). */
  neo4jGraphQL: GraphQLRequest;
  /** Side c: raw Cypher. */
  raw: RawRequest;
  canonical: {
    ours(data: GraphQLData): unknown;
    neo4jGraphQL(data: GraphQLData): unknown;
    /** Of the rows, or of what `raw.finish` made of them. */
    raw(answer: unknown): unknown;
  };
}

/** The queries of the mix, built for one set of targets. */
export type BenchQueryFactory = (targets: BenchTargets) => BenchQuery;
