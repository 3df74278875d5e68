import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNameKeys } from '../../src/data/name-keys.js';
import { commandPort } from '../../src/sources/command-port.js';
import { addSource, mentionsOfSource } from '../../src/sources/sources.js';
import { seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

/** More enterprises sharing the pairs 星河, 科技, 有限, 公司 than a pair left over may have holders (1,000). */
const CROWD = 1_200;
const crowdName = (i: number) => `星河${String(i).padStart(4, '0')}科技有限公司`;

/**
 * The entities a document may name are found by their whole names, whatever number of other
 * names share their pairs of characters: a name written among 1,200 like it, its short forms,
 * and a name no pair of which is rare.
 */
describe('the names a document may hold, in a crowded graph', () => {
  let driver: Driver;
  const port = () => commandPort(driver, TEST_DATABASE);
  const linked = async (text: string, title: string) => {
    const { source } = await addSource(port(), { text, title });
    return (await mentionsOfSource(port(), source.id)).map((m) => [m.text, m.entityIds.join(',')]);
  };

  beforeAll(async () => {
    driver = testDriver();
    await seedCuratedGraph(driver);
    await driver.executeQuery(
      'UNWIND range(1, $n) AS i CREATE (:Entity:Enterprise {id: "enterprise:crowd-" + i, name: $names[i - 1]})',
      { n: CROWD, names: Array.from({ length: CROWD }, (_, i) => crowdName(i + 1)) },
      { database: TEST_DATABASE },
    );
    expect(await ensureNameKeys(driver, TEST_DATABASE)).toBe(CROWD);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('links a name written among 1,200 that share its pairs, and no other of them', async () => {
    const mentions = await linked(`${crowdName(1041)}落户礼嘉智慧公园，与${crowdName(7)}开展合作。`, 'crowd 1');
    expect(mentions).toEqual([
      [crowdName(1041), 'enterprise:crowd-1041'],
      ['礼嘉智慧公园', 'platform:lijia-smart-park'],
      [crowdName(7), 'enterprise:crowd-7'],
    ]);
  });

  it('still finds the short forms of the curated names beside them', async () => {
    const mentions = await linked(`四川天府新区党工委书记考察${crowdName(12)}，重庆两江新区、西部(成都)科学城的企业参加。`, 'crowd 2');
    expect(mentions).toEqual(
      expect.arrayContaining([
        ['四川天府新区党工委', 'organization:tianfu-chengdu-party-working-committee'],
        [crowdName(12), 'enterprise:crowd-12'],
        ['重庆两江新区', 'new-area:liangjiang'],
        ['西部(成都)科学城', 'platform:chengdu-science-city'],
      ]),
    );
  });
});
