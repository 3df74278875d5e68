import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { RELATED_ORDER } from '../../src/data/loaders.js';
import { encodeCursor } from '../../src/model/pagination.js';
import { resolvers } from '../../src/graphql/resolvers.generated.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { TEST_DATABASE } from '../support/neo4j.js';

/**
 * node(id) and nodes(ids) start the relationship pages their selection asks for together with the
 * entities: the fields' resolvers must then find every page already loading (no third round trip)
 * and give the same answers as when each resolver loads its own.
 */
describe('relationship pages prefetched with node(id) and nodes(ids)', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(async () => {
    await api.stop();
  });

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

  it('node(id): two round trips whatever the fields, arguments, aliases and fragments; answers as when listed', async () => {
    const byId = await api.query<{ node: unknown }>(
      `query ($id: ID!, $first: Int) { node(id: $id) { ...Fields } } ${FIELDS}`,
      { id: 'platform:western-china-international-expo-city', first: 3 },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.extensions?.neo4j?.roundTrips).toBe(2);

    // The same fields reached from a list, where nothing is prefetched.
    const listed = await api.query<{ platforms: { nodes: unknown[] } }>(
      `query ($first: Int) { platforms(where: { ids: ["platform:western-china-international-expo-city"] }) { nodes { ...Fields } } } ${FIELDS}`,
      { first: 3 },
    );
    expect(listed.errors).toBeUndefined();
    expect(byId.data!.node).toEqual(listed.data!.platforms.nodes[0]);
    expect((byId.data!.node as { tasks: { totalCount: number } }).tasks.totalCount).toBeGreaterThan(0);
  });

  it('the pages are asked for before the entity has arrived', async () => {
    // Without prefetching, relatedPages could only be sent once entitiesByIds had answered.
    const server = new ApolloServer<Context>({ typeDefs: loadTypeDefs(), resolvers });
    await server.start();
    try {
      const ctx = createContext({ driver: api.driver, database: TEST_DATABASE, transactionTimeoutMs: 10_000 });
      const response = await server.executeOperation(
        { query: `query ($id: ID!, $first: Int) { node(id: $id) { ...Fields } } ${FIELDS}`, variables: { id: 'task:2020-03', first: 2 } },
        { contextValue: ctx },
      );
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
      expect(ctx.roundTrips.names).toEqual(['relatedPages', 'entitiesByIds']);
    } finally {
      await server.stop();
    }
  });

  it('nodes(ids) of several types: two round trips, each entity with its own type\'s fields', async () => {
    const ids = ['platform:western-china-international-expo-city', 'task:2020-03', 'enterprise:zhubajie'];
    const body = await api.query<{ nodes: { id: string; platforms?: { totalCount: number } }[] }>(
      `query ($ids: [ID!]!, $first: Int) { nodes(ids: $ids) { ...Fields } } ${FIELDS}`,
      { ids, first: 2 },
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.neo4j?.roundTrips).toBe(2);
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
