import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS_HUB_DEGREE } from '../../src/data/explore/reads.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { TEST_DATABASE } from '../support/neo4j.js';

/**
 * The bound of the search for paths of the next length, on a graph written for it beside the
 * curated one: two enterprises that cooperate (the shortest path), a third that cooperates with
 * both, and an industry both are in with PATHS_HUB_DEGREE other enterprises.
 */
describe('paths: the next length never passes through a hub', () => {
  let api: SeededApi;
  const write = (cypher: string, params: Record<string, unknown> = {}) => api.driver.executeQuery(cypher, params, { database: TEST_DATABASE });

  beforeAll(async () => {
    api = await startSeededApi();
    await write(`
      CREATE (a:Entity:Enterprise {id: 'enterprise:hub-test-a', name: '枢纽测试甲', nameEn: 'Hub test A'})
      CREATE (b:Entity:Enterprise {id: 'enterprise:hub-test-b', name: '枢纽测试乙', nameEn: 'Hub test B'})
      CREATE (c:Entity:Enterprise {id: 'enterprise:hub-test-c', name: '枢纽测试丙', nameEn: 'Hub test C'})
      CREATE (hub:Entity:Industry {id: 'industry:hub-test', name: '枢纽测试行业', nameEn: 'Hub test industry'})
      CREATE (a)-[:COOPERATES_WITH]->(b), (a)-[:COOPERATES_WITH]->(c), (c)-[:COOPERATES_WITH]->(b)
      CREATE (a)-[:IN_INDUSTRY]->(hub), (b)-[:IN_INDUSTRY]->(hub)
      WITH hub
      UNWIND range(1, $others) AS i
      CREATE (:Entity:Enterprise {id: 'enterprise:hub-test-member-' + i, name: '成员' + i, nameEn: 'Member ' + i})-[:IN_INDUSTRY]->(hub)`,
      { others: PATHS_HUB_DEGREE },
    );
  });

  afterAll(async () => {
    await api?.stop();
  });

  const QUERY = `{ paths(fromId: "enterprise:hub-test-a", toId: "enterprise:hub-test-b", maxLength: 3) { sentence truncated } }`;
  const ask = async () => {
    const body = await api.query<{ paths: { sentence: string; truncated: boolean }[] }>(QUERY);
    expect(body.errors).toBeUndefined();
    return body.data!.paths;
  };

  it(`leaves out the path through an industry of more than ${PATHS_HUB_DEGREE} relationships, and says so`, async () => {
    expect(await ask()).toEqual([
      { sentence: '枢纽测试甲 —COOPERATES_WITH→ 枢纽测试乙', truncated: true },
      { sentence: '枢纽测试甲 —COOPERATES_WITH→ 枢纽测试丙 —COOPERATES_WITH→ 枢纽测试乙', truncated: true },
    ]);
  });

  it(`passes through it once it has ${PATHS_HUB_DEGREE} relationships, and nothing is left out`, async () => {
    await write(`MATCH (m:Enterprise) WHERE m.id IN ['enterprise:hub-test-member-1', 'enterprise:hub-test-member-2'] DETACH DELETE m`);
    expect(await ask()).toEqual([
      { sentence: '枢纽测试甲 —COOPERATES_WITH→ 枢纽测试乙', truncated: false },
      { sentence: '枢纽测试甲 —COOPERATES_WITH→ 枢纽测试丙 —COOPERATES_WITH→ 枢纽测试乙', truncated: false },
      { sentence: '枢纽测试甲 —IN_INDUSTRY→ 枢纽测试行业 ←IN_INDUSTRY— 枢纽测试乙', truncated: false },
    ]);
  });
});
