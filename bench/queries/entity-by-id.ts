import { edgesOf, entityRef, field, listOf } from './canonical.js';
import type { BenchQueryFactory } from './types.js';

type Row = Record<string, unknown>;

const BY_NAME = '[{ node: { name: ASC } }, { node: { id: ASC } }]';

/** Canonical: the enterprise's properties and, per relationship field, its count and first 20 edges. */
function canonical(entity: Row, pages: Record<string, { totalCount: unknown; edges: Row[] }>) {
  const page = (name: string, edge: (e: Row) => unknown) => ({
    totalCount: Number(pages[name]!.totalCount),
    edges: pages[name]!.edges.map(edge),
  });
  return {
    id: entity.id,
    name: entity.name,
    nameEn: entity.nameEn,
    aliases: listOf(entity.aliases),
    businessType: entity.businessType ?? null,
    industries: page('industries', (e) => ({ id: field(e.node, 'id'), name: field(e.node, 'name') })),
    locatedIn: page('locatedIn', (e) => ({ node: entityRef(e.node), basis: e.basis ?? null })),
    expandsTo: page('expandsTo', (e) => ({ node: entityRef(e.node), stage: e.stage ?? null })),
    cooperatesWith: page('cooperatesWith', (e) => ({ node: entityRef(e.node), basis: e.basis ?? null, mode: e.mode ?? null })),
    people: page('people', (e) => ({ id: field(e.node, 'id'), name: field(e.node, 'name'), title: e.title ?? null })),
  };
}

/** GraphQL edges with the relationship's properties in `relationship` (a) or `properties` (b), flattened. */
function graphqlPage(connection: unknown, properties: 'relationship' | 'properties') {
  return {
    totalCount: field(connection, 'totalCount'),
    edges: edgesOf(connection).map((edge) => ({ node: edge.node, ...((edge[properties] as Row | null) ?? {}) })),
  };
}

const FIELDS = ['industries', 'locatedIn', 'expandsTo', 'cooperatesWith', 'people'] as const;

/** An enterprise by id with its relationships: the first 20 of each typed field, with counts. */
export const entityById: BenchQueryFactory = (targets) => ({
  name: 'entityById',
  title: 'entity by id with its relationships (5 relationship fields, first 20 each)',
  ours: {
    query: /* GraphQL */ `
      query EntityById($id: ID!) {
        node(id: $id) {
          id
          ... on Enterprise {
            name nameEn aliases businessType
            industries(first: 20) { totalCount edges { node { id name } } }
            locatedIn(first: 20) { totalCount edges { node { __typename id name } relationship { basis } } }
            expandsTo(first: 20) { totalCount edges { node { __typename id name } relationship { stage } } }
            cooperatesWith(first: 20) { totalCount edges { node { __typename id name } relationship { basis mode } } }
            people(first: 20) { totalCount edges { node { id name } relationship { title } } }
          }
        }
      }`,
    variables: { id: targets.enterprise },
  },
  neo4jGraphQL: {
    query: /* GraphQL */ `
      query EntityById($id: ID!) {
        enterprises(where: { id: { eq: $id } }) {
          id name nameEn aliases businessType
          industriesConnection(first: 20, sort: ${BY_NAME}) { totalCount edges { node { id name } } }
          locatedInConnection(first: 20, sort: ${BY_NAME}) { totalCount edges { node { __typename id name } properties { basis } } }
          expandsToConnection(first: 20, sort: ${BY_NAME}) { totalCount edges { node { __typename id name } properties { stage } } }
          cooperatesWithConnection(first: 20, sort: ${BY_NAME}) {
            totalCount edges { node { __typename id name } properties { basis mode } }
          }
          peopleConnection(first: 20, sort: ${BY_NAME}) { totalCount edges { node { id name } properties { title } } }
        }
      }`,
    variables: { id: targets.enterprise },
  },
  raw: { statement: 'benchEntityById', params: { id: targets.enterprise } },
  canonical: {
    ours: (data) => {
      const node = data.node as Row;
      return canonical(node, Object.fromEntries(FIELDS.map((f) => [f, graphqlPage(node[f], 'relationship')])));
    },
    neo4jGraphQL: (data) => {
      const [node] = data.enterprises as Row[];
      return canonical(node!, Object.fromEntries(FIELDS.map((f) => [f, graphqlPage(node![`${f}Connection`], 'properties')])));
    },
    raw: (rows) => {
      const entity = (rows as Row[])[0]!.entity as Row;
      return canonical(entity, Object.fromEntries(FIELDS.map((f) => [f, entity[f] as { totalCount: unknown; edges: Row[] }])));
    },
  },
});
