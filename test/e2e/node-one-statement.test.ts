import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { RELATED_ORDER } from '../../src/data/loaders.js';
import { encodeCursor } from '../../src/model/pagination.js';
import { resolvers } from '../../src/graphql/resolvers.generated.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { type GraphQLResponse, type SeededApi, startSeededApi } from '../support/api.js';
import { TEST_DATABASE } from '../support/neo4j.js';

/**
 * node(id) and nodes(ids) read the entities and the relationship pages their selection asks for in
 * one statement: the fields' resolvers must then find every page already loaded (no second round
 * trip) and give the same answers as when each resolver loads its own page from a list.
 */
// Both suites only read: one seeded API serves the file.
let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(async () => {
  await api.stop();
});

describe('node(id) and nodes(ids) with their relationship fields in one statement', () => {
  const FIELDS = /* GraphQL */ `
    fragment Fields on Entity {
      id
      ... on Platform {
        tasks { totalCount edges { node { id name } relationship { type direction } } }
        later: tasks(first: 1, after: "${encodeCursor(RELATED_ORDER.name, ["会展", "task:2020-03", "SERVES", 1])}") { edges { cursor node { id } } }
        contains(first: $first) { totalCount nodes { id name summary } }
      }
      ... on Task { platforms { totalCount nodes { id } } }
      relationships(types: [LOCATED_IN, SERVES], direction: OUTGOING, first: 5) { totalCount edges { node { id } relationship { type citations { paragraph } } } }
    }`;

  it('node(id): one round trip whatever the fields, arguments, aliases and fragments; answers as when listed', async () => {
    const byId = await api.query<{ node: unknown }>(
      `query ($id: ID!, $first: Int) { node(id: $id) { ...Fields } } ${FIELDS}`,
      { id: 'platform:western-china-international-expo-city', first: 3 },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.extensions?.neo4j?.roundTrips).toBe(1);

    // The same fields reached from a list, where each level's pages are one relatedPages batch.
    const listed = await api.query<{ platforms: { nodes: unknown[] } }>(
      `query ($first: Int) { platforms(where: { ids: ["platform:western-china-international-expo-city"] }) { nodes { ...Fields } } } ${FIELDS}`,
      { first: 3 },
    );
    expect(listed.errors).toBeUndefined();
    expect(byId.data!.node).toEqual(listed.data!.platforms.nodes[0]);
    expect((byId.data!.node as { tasks: { totalCount: number } }).tasks.totalCount).toBeGreaterThan(0);
  });

  it('the one statement is relatedPages', async () => {
    const server = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers });
    await server.start();
    try {
      const ctx = createContext({ driver: api.driver, database: TEST_DATABASE, transactionTimeoutMs: 10_000 });
      const response = await server.executeOperation(
        { query: `query ($id: ID!, $first: Int) { node(id: $id) { ...Fields } } ${FIELDS}`, variables: { id: 'task:2020-03', first: 2 } },
        { contextValue: ctx },
      );
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
      expect(ctx.roundTrips.names).toEqual(['relatedPages']);
    } finally {
      await server.stop();
    }
  });

  it('nodes(ids) of several types: one round trip, each entity with its own type\'s fields', async () => {
    const ids = ['platform:western-china-international-expo-city', 'task:2020-03', 'enterprise:zhubajie'];
    const body = await api.query<{ nodes: { id: string; platforms?: { totalCount: number } }[] }>(
      `query ($ids: [ID!]!, $first: Int) { nodes(ids: $ids) { ...Fields } } ${FIELDS}`,
      { ids, first: 2 },
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(1);
    expect(body.data!.nodes.map((n) => n.id)).toEqual(ids);
    expect(body.data!.nodes[1]!.platforms!.totalCount).toBe(3);
  });

  it('a bad page argument is still reported by its field, and a missing id by node', async () => {
    const bad = await api.query(`{ node(id: "platform:western-china-international-expo-city") { ... on Platform { tasks(first: -1) { totalCount } } } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const missing = await api.query(`{ node(id: "platform:no-such-platform") { ... on Platform { tasks { totalCount } } } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('node(id) over a hub: pages, directions, types and aliases in one statement', () => {
  const HUB = 'new-area:tianfu';
  const HUB_FIELDS = /* GraphQL */ `
    fragment Hub on NewArea {
      id name
      incoming: relationships(direction: INCOMING, first: 7) { totalCount edges { cursor node { __typename id name } relationship { type direction } } pageInfo { hasNextPage endCursor } }
      outgoing: relationships(direction: OUTGOING) { totalCount nodes { id } }
      located: relationships(types: [LOCATED_IN, AFFILIATED_WITH], direction: BOTH, first: 4) { totalCount edges { node { id summary } relationship { type citations { paragraph quote } } } }
      contains(first: 2) { totalCount nodes { id name nameEn aliases } pageInfo { hasNextPage endCursor } }
      moreContained: contains(first: 3, after: $after) { totalCount nodes { id } }
      affiliates { totalCount nodes { id } }
      tasks { totalCount edges { node { id name } } }
    }`;

  it('answers as the newAreas list does, in one round trip', async () => {
    const first = await api.query<{ node: { contains: { pageInfo: { endCursor: string } } } }>(
      `query ($id: ID!) { node(id: $id) { ... on NewArea { contains(first: 2) { pageInfo { endCursor } } } } }`,
      { id: HUB },
    );
    const after = first.data!.node.contains.pageInfo.endCursor;
    const byId = await api.query<{ node: Record<string, { totalCount: number }> }>(
      `query ($id: ID!, $after: String) { node(id: $id) { ...Hub } } ${HUB_FIELDS}`,
      { id: HUB, after },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.extensions?.neo4j?.roundTrips).toBe(1);
    const listed = await api.query<{ newAreas: { nodes: unknown[] } }>(
      `query ($after: String) { newAreas(where: { ids: ["${HUB}"] }) { nodes { ...Hub } } } ${HUB_FIELDS}`,
      { after },
    );
    expect(listed.errors).toBeUndefined();
    expect(byId.data!.node).toEqual(listed.data!.newAreas.nodes[0]);
    expect(byId.data!.node.incoming!.totalCount).toBeGreaterThan(7);
    expect(byId.data!.node.located!.totalCount).toBeGreaterThan(4);
  });

  it('following endCursor page by page gives the whole list once, in order', async () => {
    const whole = await api.query<{ node: { relationships: { totalCount: number; edges: { cursor: string }[] } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Entity { relationships(first: 100) { totalCount edges { cursor } } } } }`,
      { id: HUB },
    );
    expect(whole.errors).toBeUndefined();
    const { totalCount, edges } = whole.data!.node.relationships;
    expect(totalCount).toBeGreaterThan(10);
    expect(edges).toHaveLength(totalCount);

    const cursors: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<{ node: { relationships: { edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }> =
        await api.query(
          `query ($id: ID!, $after: String) { node(id: $id) { ... on Entity { relationships(first: 6, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } } } }`,
          { id: HUB, after },
        );
      expect(page.extensions?.neo4j?.roundTrips).toBe(1);
      const { edges: pageEdges, pageInfo } = page.data!.node.relationships;
      cursors.push(...pageEdges.map((edge) => edge.cursor));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(cursors).toEqual(edges.map((edge) => edge.cursor));
  });

  it('two node(id) fields and nodes(ids) at the root share one statement', async () => {
    const body = await api.query<{ hub: { id: string }; task: { platforms: { totalCount: number } }; many: { id: string }[] }>(`{
      hub: node(id: "${HUB}") { id ... on NewArea { tasks { totalCount } } }
      task: node(id: "task:2020-03") { ... on Task { platforms(first: 2) { totalCount nodes { id } } } }
      many: nodes(ids: ["enterprise:zhubajie", "platform:western-china-international-expo-city"]) {
        id ... on Enterprise { industries { totalCount } } ... on Platform { contains(first: 1) { totalCount } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(1);
    expect(body.data!.task.platforms.totalCount).toBe(3);
    expect(body.data!.many.map((n) => n.id)).toEqual(['enterprise:zhubajie', 'platform:western-china-international-expo-city']);
  });
});
