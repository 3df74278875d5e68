import { edgesOf, entityRef, field, listOf } from './canonical.js';
import type { BenchQueryFactory } from './types.js';

type Row = Record<string, unknown>;

const BY_NAME = '[{ node: { name: ASC } }, { node: { id: ASC } }]';

/** Canonical: tasks → platforms → contained entities, each level `{ totalCount, nodes }`. */
interface Level<T> {
  totalCount: number;
  nodes: T[];
}

function level<T>(totalCount: unknown, nodes: Row[], node: (row: Row) => T): Level<T> {
  return { totalCount: Number(totalCount), nodes: nodes.map(node) };
}

/** Shapes of a and c: `{ totalCount, nodes }` at every level. */
function fromNodes(tasks: unknown) {
  return level(field(tasks, 'totalCount'), listOf<Row>(field(tasks, 'nodes')), (task) => ({
    id: task.id,
    name: task.name,
    platforms: level(field(task.platforms, 'totalCount'), listOf<Row>(field(task.platforms, 'nodes')), (platform) => ({
      id: platform.id,
      name: platform.name,
      contains: level(field(platform.contains, 'totalCount'), listOf<Row>(field(platform.contains, 'nodes')), entityRef),
    })),
  }));
}

/** A depth-3 traversal, first 20 at each level: tasks → the platforms serving them → what lies in each. */
export const nestedTraversal: BenchQueryFactory = () => ({
  name: 'nestedTraversal',
  title: 'nested traversal, depth 3: tasks → platforms → contained entities, first 20 at each level',
  ours: {
    query: /* GraphQL */ `
      query NestedTraversal {
        tasks(first: 20, orderBy: NAME_ASC) {
          totalCount
          nodes {
            id name
            platforms(first: 20) {
              totalCount
              nodes { id name contains(first: 20) { totalCount nodes { __typename id name } } }
            }
          }
        }
      }`,
    variables: {},
  },
  neo4jGraphQL: {
    query: /* GraphQL */ `
      query NestedTraversal {
        tasksConnection(first: 20, sort: [{ name: ASC }, { id: ASC }]) {
          totalCount
          edges {
            node {
              id name
              platformsConnection(first: 20, sort: ${BY_NAME}) {
                totalCount
                edges {
                  node {
                    id name
                    containsConnection(first: 20, sort: ${BY_NAME}) { totalCount edges { node { __typename id name } } }
                  }
                }
              }
            }
          }
        }
      }`,
    variables: {},
  },
  raw: { statement: 'benchNestedTraversal', params: {} },
  canonical: {
    ours: (data) => fromNodes(data.tasks),
    neo4jGraphQL: (data) => {
      const connection = data.tasksConnection;
      return level(field(connection, 'totalCount'), edgesOf(connection).map((e) => e.node as Row), (task) => ({
        id: task.id,
        name: task.name,
        platforms: level(
          field(task.platformsConnection, 'totalCount'),
          edgesOf(task.platformsConnection).map((e) => e.node as Row),
          (platform) => ({
            id: platform.id,
            name: platform.name,
            contains: level(
              field(platform.containsConnection, 'totalCount'),
              edgesOf(platform.containsConnection).map((e) => e.node as Row),
              entityRef,
            ),
          }),
        ),
      }));
    },
    raw: (rows) => fromNodes((rows as Row[])[0]),
  },
});
