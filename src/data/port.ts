import type { QueryObserver } from '../db/cypher.js';
import type { Read } from '../db/request-database.js';
import type { EntityLoaders } from './loaders.js';

/** What the data layer's reads need of a request: its database and the counter of its statements. */
export interface ReadPort {
  read: Read;
  roundTrips: QueryObserver;
}

/** ReadPort with the request's DataLoaders, for reads that prime or use them. */
export interface DataPort extends ReadPort {
  loaders: EntityLoaders;
}
