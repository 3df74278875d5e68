import { toEntity } from '../../src/data/rows.js';
import { entityRef, listOf } from './canonical.js';
import type { BenchQueryFactory } from './types.js';

type Row = Record<string, unknown>;

const DEPTH = 2;
const LIMIT = 100;

/** Canonical: the nodes in order, the edges in order, and whether more were in reach. */
function canonical(subgraph: Row) {
  return {
    truncated: subgraph.truncated,
    nodes: listOf(subgraph.nodes).map(entityRef),
    edges: listOf<Row>(subgraph.edges).map((e) => ({ source: e.source, type: e.type, target: e.target })),
  };
}

/** The same fields; entities are typed in a, `EntityRef { id name type }` in b. */
const SELECTION = (entity: string) => `truncated nodes { ${entity} } edges { source type target }`;

/** The neighbourhood of a hub at depth 2, at most 100 nodes. */
export const neighborhood: BenchQueryFactory = (targets) => ({
  name: 'neighborhood',
  title: `neighbourhood of a hub at depth ${DEPTH}, at most ${LIMIT} nodes`,
  ours: {
    query: /* GraphQL */ `
      query Neighborhood($id: ID!) { neighborhood(id: $id, depth: ${DEPTH}, limit: ${LIMIT}) { ${SELECTION('__typename id name')} } }`,
    variables: { id: targets.hub },
  },
  neo4jGraphQL: {
    query: /* GraphQL */ `
      query Neighborhood($id: ID!) { neighborhood(id: $id, depth: ${DEPTH}, limit: ${LIMIT}) { ${SELECTION('id name type')} } }`,
    variables: { id: targets.hub },
  },
  raw: {
    statement: 'neighborhood',
    // The API's parameters for this selection: names and ids only, no relationship properties.
    params: { id: targets.hub, depth: DEPTH, relationshipTypes: null, limit: LIMIT, briefNodes: true, relationshipProperties: false },
    finish: (rows) => {
      const row = rows[0]!;
      return { ...row, nodes: listOf<Row>(row.nodes).map(toEntity) };
    },
  },
  canonical: {
    ours: (data) => canonical(data.neighborhood as Row),
    neo4jGraphQL: (data) => canonical(data.neighborhood as Row),
    raw: (subgraph) => canonical(subgraph as Row),
  },
});
