import type { Driver } from 'neo4j-driver';
import { curatedDataset } from '../../src/ingest/read-dataset.js';
import { seedDataset } from '../../src/ingest/seed.js';
import { clearDatabase, TEST_DATABASE } from './neo4j.js';

export { curatedDataset };

/** Empties the test database and seeds the curated graph into it. */
export async function seedCuratedGraph(driver: Driver): Promise<void> {
  await clearDatabase(driver);
  await seedDataset(driver, curatedDataset(), { database: TEST_DATABASE });
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  nodeProperties: number;
  relationshipProperties: number;
}

/** Node, relationship and property counts: equal before and after means nothing changed. */
export async function graphCounts(driver: Driver): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (n) RETURN sum(size(keys(n))) AS nodeProperties }
     CALL () { MATCH ()-[r]->() RETURN sum(size(keys(r))) AS relationshipProperties }
     RETURN nodes, relationships, nodeProperties, relationshipProperties`,
    {},
    { database: TEST_DATABASE },
  );
  return records[0]!.toObject() as GraphCounts;
}
