import type { Caller } from '../auth/caller.js';
import type { Write } from '../db/request-database.js';
import type { DataPort } from '../data/port.js';

/** What an edit needs of a request: its reads and loaders, one write transaction, and who is calling. */
export interface EditingPort extends DataPort {
  write: Write;
  caller: Caller;
}
