import { toEntity } from '../../src/data/rows.js';
import { entityRef, listOf } from './canonical.js';
import type { BenchQueryFactory, CypherRows } from './types.js';

type Row = Record<string, unknown>;

const FIRST = 5;

/** Canonical: the paths in order, each as its steps. */
function canonical(paths: Row[]) {
  return paths.map((path) => ({
    length: Number(path.length),
    steps: listOf<Row>(path.steps).map((step) => ({
      from: entityRef(step.from),
      to: entityRef(step.to),
      type: step.type,
      direction: step.direction,
    })),
  }));
}

/** The API's rows (`nodes`, `relationships` per path) as steps, each walked forward or backward. */
function steps(rows: CypherRows) {
  return listOf<Row>(rows[0]!.paths).map((path) => {
    const nodes = listOf<Row>(path.nodes);
    return {
      length: listOf(path.relationships).length,
      steps: listOf<Row>(path.relationships).map((relationship, i) => ({
        from: toEntity(nodes[i]!),
        to: toEntity(nodes[i + 1]!),
        type: relationship.type,
        direction: relationship.source === nodes[i]!.id ? 'FORWARD' : 'BACKWARD',
      })),
    };
  });
}

/** The same fields; entities are typed in a, `EntityRef { id name type }` in b. */
const SELECTION = (entity: string) => `length steps { from { ${entity} } to { ${entity} } type direction }`;

/** The shortest connections between two entities far apart. */
export const shortestPath: BenchQueryFactory = (targets) => ({
  name: 'shortestPath',
  title: `shortest paths between two entities, at most ${targets.pathMaxLength} steps, first ${FIRST}`,
  ours: {
    query: /* GraphQL */ `
      query Paths($from: ID!, $to: ID!, $maxLength: Int!) { paths(fromId: $from, toId: $to, maxLength: $maxLength, first: ${FIRST}) { ${SELECTION('__typename id name')} } }`,
    variables: { from: targets.pathFrom, to: targets.pathTo, maxLength: targets.pathMaxLength },
  },
  neo4jGraphQL: {
    query: /* GraphQL */ `
      query Paths($from: ID!, $to: ID!, $maxLength: Int!) { paths(fromId: $from, toId: $to, maxLength: $maxLength, first: ${FIRST}) { ${SELECTION('id name type')} } }`,
    variables: { from: targets.pathFrom, to: targets.pathTo, maxLength: targets.pathMaxLength },
  },
  raw: {
    statement: 'paths',
    params: {
      fromId: targets.pathFrom,
      toId: targets.pathTo,
      maxLength: targets.pathMaxLength,
      first: FIRST,
      excludeIds: [],
      excludeLabels: [],
      excludeRelationshipTypes: [],
    },
    finish: steps,
  },
  canonical: {
    ours: (data) => canonical(data.paths as Row[]),
    neo4jGraphQL: (data) => canonical(data.paths as Row[]),
    raw: (paths) => canonical(paths as Row[]),
  },
});
