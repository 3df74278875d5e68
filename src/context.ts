import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { QueryObserver } from './db/cypher.js';
import { readTransaction } from './db/transactions.js';
import { createEntityLoaders, type EntityLoaders } from './loaders/entity-loaders.js';

/** Counts the Cypher statements one request sends to Neo4j. */
export class RoundTripCounter implements QueryObserver {
  count = 0;
  readonly names: string[] = [];
  onQuery(name: string): void {
    this.count += 1;
    this.names.push(name);
  }
}

/** What every resolver receives, created per request. */
export interface Context {
  requestId: string;
  roundTrips: RoundTripCounter;
  /** Runs `work` in one read transaction with the configured timeout. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** DataLoaders of this request only. */
  loaders: EntityLoaders;
}

export interface ContextDependencies {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
}

export function createContext(deps: ContextDependencies, requestId: string = randomUUID()): Context {
  const roundTrips = new RoundTripCounter();
  const read = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    readTransaction(
      deps.driver,
      { database: deps.database, timeoutMs: deps.transactionTimeoutMs, metadata: { app: 'chengyu-graph', requestId } },
      work,
    );
  return { requestId, roundTrips, read, loaders: createEntityLoaders(read, roundTrips) };
}
