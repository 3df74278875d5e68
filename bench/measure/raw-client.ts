import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { type CypherStatement, loadCypherDirectory } from '../../src/db/cypher-files.js';
import { statement } from '../../src/db/cypher.js';
import type { CypherRows, RawRequest } from '../queries/types.js';

export const BENCH_CYPHER_DIR = fileURLToPath(new URL('../cypher/', import.meta.url));

/** The hand-written statements of side c, read once. */
const statements: ReadonlyMap<string, CypherStatement> = loadCypherDirectory(BENCH_CYPHER_DIR);

/** A statement of bench/cypher/, else the API's statement of that name (cypher/). */
export function benchStatement(name: string): CypherStatement {
  return statements.get(name) ?? statement(name);
}

/** Where side c reads: the driver, the database and the timeout of every transaction (as the API's). */
export interface RawTarget {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
}

/** Side c: one read through neo4j-driver alone, and what the client makes of the rows. */
export async function runRaw(target: RawTarget, request: RawRequest): Promise<unknown> {
  const { records } = await target.driver.executeQuery(benchStatement(request.statement).text, request.params, {
    database: target.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: target.transactionTimeoutMs },
  });
  const rows: CypherRows = records.map((record) => record.toObject());
  return request.finish ? await request.finish(rows, target) : rows;
}
