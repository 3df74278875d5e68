import type { NameIndexStore } from '../data/name-index-store.js';
import type { EditingPort } from '../editing/port.js';

/** What adding and reviewing sources needs of a request: the editing port and the shared name index. */
export interface SourcesPort extends EditingPort {
  names: NameIndexStore;
}
