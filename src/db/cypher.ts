import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManagedTransaction } from 'neo4j-driver';
import { type CypherStatement, CypherFileError, loadCypherDirectory } from './cypher-files.js';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** All named statements of cypher/, read once when this module is first imported. */
export const cypherStatements: ReadonlyMap<string, CypherStatement> = loadCypherDirectory(CYPHER_DIR);

export function statement(name: string): CypherStatement {
  const found = cypherStatements.get(name);
  if (!found) {
    throw new CypherFileError(`missing name: no Cypher statement named ${name} in ${CYPHER_DIR}`);
  }
  return found;
}

/** Statements of one folder of cypher/ (e.g. `schema`), in file order. */
export function statementsIn(folder: string): CypherStatement[] {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return [...cypherStatements.values()].filter((s) => s.file.startsWith(prefix));
}

/** What statements run on: a transaction, or (for reads) an auto-commit session (src/db/transactions.ts). */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

/** Counts Cypher round trips, per request or per test. */
export interface QueryObserver {
  onQuery(name: string): void;
}

/** What a write statement changed, from the result summary. */
export interface Updates {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface NamedQuery<P extends Record<string, unknown>, R> {
  readonly name: string;
  run(tx: QueryRunner, params: P, observer?: QueryObserver): Promise<R[]>;
  /** Like run, and also reports what the statement changed. */
  execute(tx: QueryRunner, params: P, observer?: QueryObserver): Promise<{ rows: R[]; updates: Updates }>;
}

/** Fails unless `params` names exactly the parameters of the statement's @param header. */
export function requireDeclaredParams(stmt: CypherStatement, params: Record<string, unknown>): void {
  const declared = stmt.params.map((p) => p.name).sort();
  const given = Object.keys(params).sort();
  if (given.join(',') !== declared.join(',')) {
    throw new Error(`${stmt.name}: parameters [${given.join(', ')}] do not match @param [${declared.join(', ')}]`);
  }
}

/**
 * A typed runner for a named statement. Fails at import time when the name is missing,
 * and at call time when the parameters differ from the statement's @param header.
 */
export function defineQuery<P extends Record<string, unknown>, R>(name: string): NamedQuery<P, R> {
  const stmt = statement(name);
  if (stmt.each) throw new CypherFileError(`${name} has a // @each block: run it with defineComposedQuery`);
  const execute = async (tx: QueryRunner, params: P, observer?: QueryObserver) => {
    requireDeclaredParams(stmt, params);
    observer?.onQuery(name);
    const result = await tx.run(stmt.text, params);
    const u = result.summary.counters.updates();
    return {
      rows: result.records.map((record) => record.toObject() as R),
      updates: {
        nodesCreated: u.nodesCreated,
        nodesDeleted: u.nodesDeleted,
        relationshipsCreated: u.relationshipsCreated,
        relationshipsDeleted: u.relationshipsDeleted,
        propertiesSet: u.propertiesSet,
      },
    };
  };
  return {
    name,
    execute,
    run: async (tx, params, observer) => (await execute(tx, params, observer)).rows,
  };
}
