import type { Context } from '../context.js';
import type { Read } from '../loaders/entity-loaders.js';
import { defineQuery, type QueryObserver } from '../db/cypher.js';
import type { CitationRow } from '../model/citations.js';
import { connectionOf, pageOf } from '../model/pagination.js';
import type { ProjectStatus, TaskStatus } from '../model/rows.generated.js';
import { isoInstant } from './audit.js';
import { citationsOf } from '../model/citations.js';
import type { RawProperties } from './rows.js';

/** A status progress may set: each label allows the values of its own `status` (data/model.yaml). */
export type ProgressStatus = TaskStatus | ProjectStatus;

/**
 * Progress updates: `(:Task|Project)-[:HAS_PROGRESS]->(:ProgressUpdate {id, entityId, date,
 * status, previousStatus, note, recordedAt, recordedBy, citation lists, sourceNotes})`. They
 * carry no Entity label: the entity APIs never list them; Task.progress and Project.progress do.
 */
export interface ProgressUpdateRow {
  id: string;
  date: string;
  status: ProgressStatus | null;
  previousStatus: ProgressStatus | null;
  note: string;
  citations: CitationRow[];
  sourceNotes: string[];
  recordedAt: string;
  recordedBy: string;
}

export function toProgressRow(raw: RawProperties): ProgressUpdateRow {
  return {
    id: raw.id as string,
    date: raw.date as string,
    status: (raw.status as ProgressStatus | undefined) ?? null,
    previousStatus: (raw.previousStatus as ProgressStatus | undefined) ?? null,
    note: raw.note as string,
    citations: citationsOf(raw),
    sourceNotes: (raw.sourceNotes as string[] | undefined) ?? [],
    recordedAt: isoInstant(String(raw.recordedAt)),
    recordedBy: raw.recordedBy as string,
  };
}

export interface ProgressUpdateConnectionRow {
  edges: { cursor: string; node: ProgressUpdateRow }[];
  nodes: ProgressUpdateRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface ProgressKey {
  id: string;
  offset: number;
  first: number;
}

export interface ProgressItems {
  totalCount: number;
  items: ProgressUpdateRow[];
}

const progressPages = defineQuery<{ keys: readonly ProgressKey[] }, { totalCount: number; items: RawProperties[] }>(
  'progressPages',
);

/** One page of progress updates per key, for the request's `progress` loader (see entity-loaders.ts). */
export async function loadProgressPages(
  read: Read,
  observer: QueryObserver,
  keys: readonly ProgressKey[],
): Promise<ProgressItems[]> {
  const rows = await read((tx) => progressPages.run(tx, { keys }, observer));
  return rows.map((row) => ({ totalCount: row.totalCount, items: row.items.map(toProgressRow) }));
}

/** `Task.progress` / `Project.progress`: newest first, offset cursors as the entity lists. */
export async function progressOf(ctx: Context, entityId: string, args: { first?: number | null; after?: string | null }): Promise<ProgressUpdateConnectionRow> {
  const page = pageOf(args);
  const { totalCount, items } = await ctx.loaders.progress.load({ id: entityId, ...page });
  return connectionOf(
    items.map((node) => ({ node })),
    totalCount,
    page,
  );
}
