import { PATHS_HUB_DEGREE } from '../../src/data/explore/reads.js';
import { toEntity } from '../../src/data/rows.js';
import { entityRef, listOf } from './canonical.js';
import { type RawTarget, runRaw } from '../measure/raw-client.js';
import type { BenchQueryFactory, CypherRows, RawRequest } from './types.js';

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
function steps(paths: unknown) {
  return listOf<Row>(paths).map((path) => {
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

/**
 * As the API reads paths: the shortest group, and the paths of the next length after them only
 * when the shortest holds fewer than FIRST paths and is shorter than the bound (statement
 * pathsWiden, with the API's bound on hubs).
 */
async function pathsOf(rows: CypherRows, target: RawTarget, request: Omit<RawRequest, 'finish'>) {
  const row = rows[0]!;
  const count = Number(row.shortestCount ?? 0);
  const widen = count > 0 && count < FIRST && Number(row.shortestLength) < Number(request.params.maxLength);
  if (!widen) return steps(row.paths);
  const params = { ...request.params, shortestLength: Number(row.shortestLength), hubDegree: PATHS_HUB_DEGREE };
  const wider = await runRaw(target, { ...request, statement: 'pathsWiden', params, finish: (widened) => widened[0]!.paths });
  return steps([...listOf(row.paths), ...listOf(wider)].slice(0, FIRST));
}

/** The same fields; entities are typed in a, `EntityRef { id name type }` in b. */
const SELECTION = (entity: string) => `length steps { from { ${entity} } to { ${entity} } type direction }`;

function rawRequest(request: Omit<RawRequest, 'finish'>): RawRequest {
  return { ...request, finish: (rows, target) => pathsOf(rows, target, request) };
}

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
  raw: rawRequest({
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
  }),
  canonical: {
    ours: (data) => canonical(data.paths as Row[]),
    neo4jGraphQL: (data) => canonical(data.paths as Row[]),
    raw: (paths) => canonical(paths as Row[]),
  },
});
