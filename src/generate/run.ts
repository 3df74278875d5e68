/** What loading and clearing the synthetic graph share: errors, progress, transaction settings. */
import type { TransactionOptions } from '../db/transactions.js';

export const DEFAULT_DATABASE = 'neo4j';
export const MAX_BATCH_SIZE = 100_000;
const BATCH_TIMEOUT_MS = 300_000;
export const COUNT_TIMEOUT_MS = 120_000;

/** A run that cannot go ahead: bad options, no curated graph, or another synthetic graph in the way. */
export class SyntheticGraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyntheticGraphError';
  }
}

export interface GenerationProgress {
  /** `nodes`, `relationships` (generate) or `clear`. */
  phase: string;
  done: number;
  total: number;
}

export function transactionOptions(database: string, operation: string, timeoutMs = BATCH_TIMEOUT_MS): TransactionOptions {
  return { database, timeoutMs, metadata: { app: 'chengyu-graph', operation } };
}

/** Reports progress at most once per batch, and once at the start of each phase. */
export function progressOf(phase: string, total: number, onProgress?: (progress: GenerationProgress) => void) {
  let done = 0;
  onProgress?.({ phase, done, total });
  return (count: number) => {
    done += count;
    onProgress?.({ phase, done, total });
  };
}
