import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { defineQuery } from '../db/cypher.js';
import type { CitationRow } from '../graphql/mappers/entity.mappers.js';
import { encodeCursor, pageOf } from '../graphql/pagination.js';
import type { ProgressStatus } from '../graphql/types.generated.js';
import { isoInstant } from './audit.js';
import { citationsOf, type RawProperties } from './rows.js';

/**
 * Progress updates: `(:Task|Project)-[:HAS_PROGRESS]->(:ProgressUpdate {id, entityId, date,
 * status, previousStatus, note, recordedAt, recordedBy, citation lists, sourceNotes})`. They
 * carry no Entity label: the entity APIs never list them; Task.progress and Project.progress do.
 */
export interface ProgressRow {
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

export function toProgressRow(raw: RawProperties): ProgressRow {
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

export interface ProgressPage {
  edges: { cursor: string; node: ProgressRow }[];
  nodes: ProgressRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

interface Key {
  id: string;
  offset: number;
  first: number;
}

const progressPages = defineQuery<{ keys: readonly Key[] }, { totalCount: number; items: RawProperties[] }>('progressPages');

/** One loader per request (kept beside, not in, the context): every `progress` field of a level in one statement. */
const loaders = new WeakMap<Context, DataLoader<Key, { totalCount: number; items: ProgressRow[] }, string>>();

function loaderOf(ctx: Context) {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (keys) => {
        const rows = await ctx.read((tx) => progressPages.run(tx, { keys }, ctx.roundTrips));
        return rows.map((row) => ({ totalCount: row.totalCount, items: row.items.map(toProgressRow) }));
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

/** `Task.progress` / `Project.progress`: newest first, offset cursors as the entity lists. */
export async function progressOf(ctx: Context, entityId: string, args: { first?: number | null; after?: string | null }): Promise<ProgressPage> {
  const page = pageOf(args);
  const { totalCount, items } = await loaderOf(ctx).load({ id: entityId, ...page });
  const edges = items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + edges.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
