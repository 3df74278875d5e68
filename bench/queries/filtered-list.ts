import { edgesOf, field, listOf } from './canonical.js';
import type { BenchQueryFactory } from './types.js';

type Row = Record<string, unknown>;

const PAGE_SIZE = 20;

/**
 * This API's cursors name an item's sort key, not its position, so the page is asked for from the
 * start (listOffset 0) on every side; a later page costs this API no more than the first.
 */
function oursAfter(offset: number): string | null {
  if (offset !== 0) throw new Error(`filteredList: this API pages by key, so listOffset must be 0, got ${offset}`);
  return null;
}

function neo4jGraphQLAfter(offset: number): string | null {
  return offset === 0 ? null : Buffer.from(`arrayconnection:${offset - 1}`).toString('base64');
}

/** Canonical: the count, whether more follow, and the page's enterprises. */
function canonical(totalCount: unknown, hasNextPage: boolean, nodes: Row[]) {
  return {
    totalCount: Number(totalCount),
    hasNextPage,
    nodes: nodes.map((n) => ({ id: n.id, name: n.name, nameEn: n.nameEn })),
  };
}

function fromConnection(connection: unknown) {
  return canonical(
    field(connection, 'totalCount'),
    field(field(connection, 'pageInfo'), 'hasNextPage') === true,
    edgesOf(connection).map((e) => e.node as Row),
  );
}

/** A page (by name) of the enterprises of one industry, with the total count. */
export const filteredList: BenchQueryFactory = (targets) => ({
  name: 'filteredList',
  title: `paginated, filtered list with totalCount: enterprises of an industry, ${PAGE_SIZE} from item ${targets.listOffset + 1}`,
  ours: {
    query: /* GraphQL */ `
      query FilteredList($industry: ID!, $after: String) {
        enterprises(where: { industry: $industry }, orderBy: NAME_ASC, first: ${PAGE_SIZE}, after: $after) {
          totalCount
          pageInfo { hasNextPage }
          edges { node { id name nameEn } }
        }
      }`,
    variables: { industry: targets.industry, after: oursAfter(targets.listOffset) },
  },
  neo4jGraphQL: {
    query: /* GraphQL */ `
      query FilteredList($industry: ID!, $after: String) {
        enterprisesConnection(
          where: { industries: { some: { id: { eq: $industry } } } }
          sort: [{ name: ASC }, { id: ASC }]
          first: ${PAGE_SIZE}
          after: $after
        ) {
          totalCount
          pageInfo { hasNextPage }
          edges { node { id name nameEn } }
        }
      }`,
    variables: { industry: targets.industry, after: neo4jGraphQLAfter(targets.listOffset) },
  },
  raw: { statement: 'benchFilteredList', params: { industry: targets.industry, offset: targets.listOffset, first: PAGE_SIZE } },
  canonical: {
    ours: (data) => fromConnection(data.enterprises),
    neo4jGraphQL: (data) => fromConnection(data.enterprisesConnection),
    raw: (rows) => {
      const row = (rows as Row[])[0]!;
      const nodes = listOf<Row>(row.nodes);
      return canonical(row.totalCount, targets.listOffset + nodes.length < Number(row.totalCount), nodes);
    },
  },
});
