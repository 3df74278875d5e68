import type { EditingPort } from '../editing/port.js';

/** What adding and reviewing sources needs of a request: the editing port. */
export type SourcesPort = EditingPort;
