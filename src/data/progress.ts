import { connectionOf, pageOf } from '../model/pagination.js';
import { PROGRESS_ORDER } from './loaders.js';
import type { ProgressUpdateRow } from './rows.js';
import type { DataPort } from './port.js';

export interface ProgressUpdateConnectionRow {
  edges: { cursor: string; node: ProgressUpdateRow }[];
  nodes: ProgressUpdateRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** `Task.progress` / `Project.progress`: newest first, keyset cursors as the entity lists. */
export async function progressOf(ctx: DataPort, entityId: string, args: { first?: number | null; after?: string | null }): Promise<ProgressUpdateConnectionRow> {
  const page = pageOf(args, PROGRESS_ORDER);
  const { totalCount, items } = await ctx.loaders.progress.load({ id: entityId, ...page });
  return connectionOf(items, totalCount, page, PROGRESS_ORDER, (item) => item.key);
}
