import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

/** The analysts' questions, asked in Cypher of the seeded graph, with the answers the article gives. */
describe('the curated graph answers the analysts', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await seedCuratedGraph(driver);
  });

  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  async function names(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const { records } = await driver.executeQuery(cypher, params, { database: TEST_DATABASE });
    return records.map((r) => r.get('name') as string).sort();
  }

  it('which platforms serve task 3 (会展协同)?', async () => {
    expect(
      await names("MATCH (p:Platform)-[:SERVES]->(t:Task {number: 3, year: 2020}) WHERE t.title = '会展协同' RETURN p.name AS name"),
    ).toEqual(['天府国际会议中心', '天府新区西部国际博览城', '重庆国际博览中心'].sort());
  });

  it('which tasks sit under 携手助力西部科学城建设?', async () => {
    expect(
      await names("MATCH (t:Task)-[:UNDER]->(a:CooperationArea) WHERE a.name CONTAINS '助力西部科学城建设' RETURN t.title AS name"),
    ).toEqual(['创新协同']);
  });

  it('who chairs 猪八戒网?', async () => {
    expect(
      await names("MATCH (p:Person)-[h:HOLDS_POSITION {title: '董事长'}]->(:Enterprise {name: '猪八戒网'}) RETURN p.name AS name"),
    ).toEqual(['朱明跃']);
  });

  it('which platforms lie in 天府新区?', async () => {
    expect(
      await names("MATCH (p:Platform)-[:LOCATED_IN*1..3]->(:NewArea {name: '天府新区'}) RETURN DISTINCT p.name AS name"),
    ).toEqual(['天府国际会议中心', '天府总部商务区', '天府新区西部国际博览城'].sort());
  });

  it('which tasks does 成都科学城 serve?', async () => {
    expect(await names("MATCH (:Platform {name: '成都科学城'})-[:SERVES]->(t:Task) RETURN t.title AS name")).toEqual(['创新协同']);
  });

  it('the ten tasks of 2020, numbered 1 to 10, each set by both new areas', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (t:Task {year: 2020})
       RETURN t.number AS number, t.title AS title, COUNT { (:NewArea)-[:SETS]->(t) } AS setters
       ORDER BY number`,
      {},
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => r.get('number'))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(records.map((r) => r.get('title'))).toEqual([
      '规划协同', '创新协同', '会展协同', '开放协同', '产业协同', '改革协同', '城市协同', '人才协同', '战略协同', '工作协同',
    ]);
    expect(records.every((r) => r.get('setters') === 2)).toBe(true);
  });

  it('the seven cooperation areas the agreement covers', async () => {
    expect(
      await names("MATCH (:Agreement)-[:COVERS]->(a:CooperationArea) RETURN a.name AS name"),
    ).toHaveLength(7);
  });

  it('the figures of 漫客空间 as the article gives them', async () => {
    const { records } = await driver.executeQuery(
      "MATCH (e:Enterprise {name: '漫客空间'}) RETURN e.hostedEnterprisesAtLeast AS firms, e.registeredEmployees AS jobs, e.registeredCapitalYuan AS capital",
      {},
      { database: TEST_DATABASE },
    );
    expect(records[0]!.toObject()).toEqual({ firms: 2000, jobs: 7054, capital: 7_120_000_000 });
  });

  it('who proposed what: each expert proposal is attributed', async () => {
    expect(await names('MATCH (p:Person)-[:PROPOSES]->(:Proposal) RETURN DISTINCT p.name AS name')).toEqual(
      ['李敬', '王崇举', '蒲勇健'].sort(),
    );
  });

  it('connects 猪八戒网 with 天府新区商会 within three steps', async () => {
    const { records } = await driver.executeQuery(
      `MATCH p = shortestPath((:Enterprise {name: '猪八戒网'})-[*..3]-(:Organization {name: '天府新区商会'}))
       RETURN length(p) AS hops`,
      {},
      { database: TEST_DATABASE },
    );
    expect(records[0]!.get('hops')).toBeLessThanOrEqual(3);
  });
});
