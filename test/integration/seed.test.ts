import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../src/ingest/seed.js';
import { curatedDataset, graphCounts } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

describe('seeding the curated dataset', () => {
  let driver: Driver;
  const dataset = curatedDataset();

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
  });

  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('creates every node and relationship, and a second run changes nothing', async () => {
    const first = await seedDataset(driver, dataset, { database: TEST_DATABASE });
    expect(first.nodesCreated).toBe(dataset.nodes.length);
    expect(first.relationshipsCreated).toBe(dataset.relationships.length);
    const afterFirst = await graphCounts(driver);

    const second = await seedDataset(driver, dataset, { database: TEST_DATABASE });
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphCounts(driver)).toEqual(afterFirst);
  });

  it('gives every entity its own label besides Entity', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity) WHERE size(labels(n)) <> 2 RETURN n.id AS id',
      {},
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => r.get('id'))).toEqual([]);
  });

  it('stores, on every node and relationship, a citation whose quote is verbatim in its paragraph', async () => {
    const { records } = await driver.executeQuery(
      `CALL () {
         MATCH (n:Entity) RETURN n.id AS what, n.citationSources AS sources, n.citationParagraphs AS paragraphs, n.citationQuotes AS quotes
         UNION ALL
         MATCH (a:Entity)-[r]->(b:Entity)
         RETURN a.id + ' -' + type(r) + '-> ' + b.id AS what, r.citationSources AS sources, r.citationParagraphs AS paragraphs, r.citationQuotes AS quotes
       }
       WITH what, sources, paragraphs, quotes
       WHERE size(coalesce(quotes, [])) = 0
          OR size(sources) <> size(quotes) OR size(paragraphs) <> size(quotes)
          OR any(i IN range(0, size(quotes) - 1) WHERE NOT EXISTS {
               MATCH (p:Paragraph {id: sources[i] + '#' + paragraphs[i]}) WHERE p.text CONTAINS quotes[i]
             })
       RETURN what`,
      {},
      { database: TEST_DATABASE },
    );
    expect(records.map((r) => r.get('what'))).toEqual([]);
  });

  it('keeps the whole source: all 77 paragraphs, and reports how many are cited', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Source {id: 'liangjiang-tianfu-agreement'})-[:HAS_PARAGRAPH]->(p:Paragraph)
       WITH collect(p.number) AS numbers
       CALL () {
         MATCH (n:Entity) UNWIND n.citationParagraphs AS number RETURN number
         UNION
         MATCH (:Entity)-[r]->(:Entity) UNWIND r.citationParagraphs AS number RETURN number
       }
       RETURN size(numbers) AS paragraphs, count(DISTINCT number) AS cited`,
      {},
      { database: TEST_DATABASE },
    );
    expect(records[0]!.get('paragraphs')).toBe(77);
    expect(records[0]!.get('cited')).toBe(77);
  });

  it('writes nothing when the import fails part-way', async () => {
    const before = await graphCounts(driver);
    const broken = structuredClone(dataset);
    const batchOfNewNodes = Array.from({ length: 1500 }, (_, i) => ({
      file: 'test',
      index: i,
      entry: { ...dataset.nodes[0]!.entry, id: `enterprise:new-${i}`, label: 'Enterprise' },
    }));
    // Neo4j refuses a list of mixed types, so the last node fails after 1,500 others were merged.
    const poisoned = structuredClone(dataset.nodes[0]!);
    poisoned.entry = { ...poisoned.entry, id: 'enterprise:poisoned', label: 'Enterprise', properties: { mixed: [1, 'a'] as unknown as string[] } };
    broken.nodes = [...broken.nodes, ...batchOfNewNodes, poisoned];
    await expect(seedDataset(driver, broken, { database: TEST_DATABASE })).rejects.toThrow();
    expect(await graphCounts(driver)).toEqual(before);
  });
});
