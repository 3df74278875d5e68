import { expect, it } from 'vitest';
import { describeWithSeededApi } from '../support/api.js';

type Node = { id: string; name: string; nameEn: string; [field: string]: unknown };
type Page = { totalCount: number; nodes: Node[]; edges?: { relationship: Record<string, unknown> }[] };

/**
 * A relationship field fetches only what its selection reads (src/graphql/selection-projection.ts): the
 * answers must not depend on it, and a level still costs one round trip.
 */
describeWithSeededApi('relationship fields fetch what the query selects', (api) => {

  it('names only and every property, asked together, agree and cost one round trip with the entity', async () => {
    const body = await api.query<{ node: { brief: Page; full: Page } }>(`{
      node(id: "new-area:liangjiang") {
        ... on NewArea {
          brief: contains(first: 50) { totalCount nodes { __typename id name nameEn } }
          full: contains(first: 50) {
            totalCount
            nodes { __typename id name nameEn nameEnOfficial aliases summary citations { quote } }
            edges { relationship { type direction basis citations { paragraph } } }
          }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(1);
    const { brief, full } = body.data!.node;
    expect(brief.totalCount).toBeGreaterThan(2);
    expect(brief.totalCount).toBe(full.totalCount);
    expect(brief.nodes).toEqual(full.nodes.map(({ __typename, id, name, nameEn }) => ({ __typename, id, name, nameEn })));
    expect(full.nodes.every((node) => (node.citations as unknown[]).length > 0)).toBe(true);
    expect(full.edges!.every((edge) => edge.relationship.type === 'LOCATED_IN' && (edge.relationship.citations as unknown[]).length > 0)).toBe(true);
    expect(full.edges!.some((edge) => typeof edge.relationship.basis === 'string')).toBe(true);
  });

  it('a level that reads properties gets them, whatever the levels around it read', async () => {
    const nested = await api.query<{ tasks: { nodes: { id: string; platforms: { nodes: { id: string; kind: string; summary: string | null; tasks: Page }[] } }[] } }>(`{
      tasks(first: 10, orderBy: ID_ASC) { nodes { id platforms { nodes { id kind summary tasks { totalCount nodes { id name } } } } } }
    }`);
    expect(nested.errors).toBeUndefined();
    expect(nested.extensions?.neo4j?.roundTrips).toBe(3);
    const platforms = new Map(nested.data!.tasks.nodes.flatMap((task) => task.platforms.nodes).map((p) => [p.id, p]));
    expect(platforms.size).toBeGreaterThan(5);

    const direct = await api.query<{ nodes: { id: string; kind: string; summary: string | null; tasks: Page }[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Platform { kind summary tasks { totalCount nodes { id name } } } } }`,
      { ids: [...platforms.keys()] },
    );
    expect(direct.errors).toBeUndefined();
    expect(direct.data!.nodes).toEqual([...platforms.values()]);
    expect([...platforms.values()].some((p) => p.summary !== null)).toBe(true);
  });
});
