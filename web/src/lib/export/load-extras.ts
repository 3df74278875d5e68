// What exports add to what a view shows: summaries and citations of entities, and citations of
// the graph's relationships, fetched when an export is asked for.
import type { RelationshipType } from '../../gql/graphql.js';
import { ExportEntitiesQuery, NeighborhoodCitationsQuery } from '../../operations.js';
import { cachedExecute } from '../use-query.js';
import type { EntityExtras } from './entity-tables.js';
import type { CitedParagraph } from './table.js';

/** Summaries and citations of entities, by id. */
export async function entityExtras(ids: readonly string[]): Promise<Map<string, EntityExtras>> {
  const extras = new Map<string, EntityExtras>();
  if (ids.length === 0) return extras;
  const { nodes } = await cachedExecute(ExportEntitiesQuery, { ids: [...ids] });
  for (const node of nodes) {
    if (node && 'citations' in node) extras.set(node.id, { summary: node.summary ?? null, summaryEn: node.summaryEn ?? null, citations: node.citations });
  }
  return extras;
}

export interface NeighborhoodRequest {
  id: string;
  depth: number;
  relationshipTypes: RelationshipType[] | null;
  limit: number;
}

/** Summaries and citations of the nodes and edges of the neighbourhoods the graph merges. */
export async function graphExtras(
  requests: readonly NeighborhoodRequest[],
): Promise<{ nodes: Map<string, EntityExtras>; edges: Map<string, readonly CitedParagraph[]> }> {
  const results = await Promise.all(requests.map((request) => cachedExecute(NeighborhoodCitationsQuery, request)));
  const nodes = new Map<string, EntityExtras>();
  const edges = new Map<string, readonly CitedParagraph[]>();
  for (const { neighborhood } of results) {
    for (const node of neighborhood.nodes) nodes.set(node.id, { summary: node.summary ?? null, summaryEn: node.summaryEn ?? null, citations: node.citations });
    for (const edge of neighborhood.edges) edges.set(edge.id, edge.citations);
  }
  return { nodes, edges };
}
