/**
 * The API's paths statements against the floor, Neo4j's plain allShortestPaths, for pairs of
 * entities on a running Neo4j: four runs of each, the first cold.
 *
 *   npm run bench:paths -- bolt://127.0.0.1:7687 FROM,TO,MAX_LENGTH,FIRST [...]
 */
import neo4j from 'neo4j-driver';
import { statement } from '../src/db/cypher.js';
import { PATHS_HUB_DEGREE } from '../src/data/explore/reads.js';
const [uri, ...pairs] = process.argv.slice(2);
const driver = neo4j.driver(uri!, undefined, { disableLosslessIntegers: true });
const floor = (max: number) => `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId}) MATCH p = allShortestPaths((a)-[*..${max}]-(b)) RETURN count(p) AS n`;
async function timed(text: string, params: Record<string, unknown>) {
  const t = performance.now();
  const r = await driver.executeQuery(text, params, { database: 'neo4j' });
  return { ms: Math.round(performance.now() - t), row: r.records[0]?.toObject() ?? {} };
}
for (const pair of pairs) {
  const [fromId, toId, max, first] = pair.split(',');
  const params = { fromId, toId, maxLength: Number(max), first: Number(first), excludeIds: [], excludeLabels: [], excludeRelationshipTypes: [] };
  const f: number[] = [], o: number[] = [];
  let info = '';
  for (let i = 0; i < 4; i++) {
    const a = await timed(floor(params.maxLength), params);
    f.push(a.ms);
    const b = await timed(statement('paths').text, params);
    let ms = b.ms;
    const count = Number(b.row.shortestCount ?? 0);
    const widen = count > 0 && count < params.first && Number(b.row.shortestLength) < params.maxLength;
    let widened = '';
    if (widen) {
      const wider = await timed(statement('pathsWiden').text, { ...params, shortestLength: Number(b.row.shortestLength), hubDegree: PATHS_HUB_DEGREE });
      ms += wider.ms;
      widened = `, widened by ${(wider.row.paths as unknown[]).length}${wider.row.truncated ? ' (truncated)' : ''}`;
    }
    o.push(ms);
    info = `group ${a.row.n} of length ${b.row.shortestLength}${widened}`;
  }
  console.log(`${fromId} → ${toId} (max ${max}, first ${first}): ${info}\n  floor ${f.join(' / ')} ms\n  ours  ${o.join(' / ')} ms`);
}
await driver.close();
