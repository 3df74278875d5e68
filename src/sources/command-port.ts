import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import type { Caller } from '../auth/caller.js';
import { createEntityLoaders } from '../data/loaders.js';
import { requestDatabase } from '../db/request-database.js';
import type { SourcesPort } from './port.js';

/** The port of a command-line tool: its own database connection, acting as an editor named after the system user. */
export function commandPort(driver: Driver, database: string, transactionTimeoutMs = 300_000): SourcesPort {
  const db = requestDatabase({ driver, database, transactionTimeoutMs }, `cli-${process.pid}`);
  const roundTrips = { onQuery: () => undefined };
  const caller: Caller = { kind: 'authenticated', actor: `cli:${os.userInfo().username}`, role: 'editor', method: 'api-key' };
  return { read: db.read, write: db.write, roundTrips, loaders: createEntityLoaders(db.read, roundTrips), caller };
}
