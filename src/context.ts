import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Caller, requireRole } from './auth/caller.js';
import type { QueryObserver } from './db/cypher.js';
import { type DatabaseSettings, type Read, requestDatabase, type Write } from './db/request-database.js';
import type { DataPort } from './data/port.js';
import { createEntityLoaders } from './data/loaders.js';
import { toApiError } from './model/errors.js';

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
export interface Context extends DataPort {
  requestId: string;
  roundTrips: RoundTripCounter;
  /** Who is calling: the Authorization header, resolved once per request (src/auth/). */
  caller: Caller;
  /** Runs `work` in ONE write transaction (editor role or above); this request's later reads see the write. */
  write: Write;
  /** What reads wait for: the `neo4j-bookmarks` header's bookmarks, then those of the last write. */
  readonly consistency: { bookmarks: string[] };
}

/** What the HTTP layer knows about a request before it runs. */
export interface RequestInfo {
  caller?: Caller;
  /** From the `neo4j-bookmarks` header. */
  bookmarks?: string[];
}

export type ContextDependencies = DatabaseSettings;

/** The per-request context: the request's database (src/db/), its loaders and its caller, with failures as API errors. */
export function createContext(deps: ContextDependencies, requestId: string = randomUUID(), request: RequestInfo = {}): Context {
  const roundTrips = new RoundTripCounter();
  const caller = request.caller ?? ANONYMOUS;
  const database = requestDatabase(deps, requestId, request.bookmarks);
  const asApiError = (error: unknown): never => {
    throw toApiError(error, deps, requestId);
  };
  const read: Read = (work) => database.read(work).catch(asApiError);
  const write: Write = async (work) => {
    requireRole(caller, 'editor');
    return database.write(work).catch(asApiError);
  };
  return {
    requestId,
    roundTrips,
    read,
    write,
    loaders: createEntityLoaders(read, roundTrips),
    caller,
    consistency: database.consistency,
  };
}
