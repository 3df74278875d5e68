import { defineQuery } from '../../db/cypher.js';
import { badUserInput } from '../../model/errors.js';
import { pageSizeOf } from '../../model/pagination.js';
import type { ReadPort } from '../port.js';
import type { RawProperties } from '../rows.js';
import { type ChangeRow, toChangeRow } from './change.js';

/** The read side of the audit trail: `changes`, newest first. */

export interface ChangeConnectionRow {
  edges: { cursor: string; node: ChangeRow }[];
  nodes: ChangeRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const changesOfQuery = defineQuery<
  { entityId: string; afterId: string | null; first: number },
  { totalCount: number; cursorValid: boolean; hasNextPage: boolean; changes: RawProperties[] }
>('changesOf');

const CURSOR_PREFIX = 'change:';

/** Cursors of the change list name a record, so pages stay put while new records arrive. */
export function changeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

function decodeChangeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id.startsWith(CURSOR_PREFIX) || changeCursor(id) !== cursor) {
    throw badUserInput(`after: "${cursor}" is not a cursor of this list`, 'after');
  }
  return id;
}

/** `changes(entityId, first, after)`: the records naming the entity, newest first. */
export async function listChanges(
  ctx: ReadPort,
  args: { entityId: string; first?: number | null; after?: string | null },
): Promise<ChangeConnectionRow> {
  const entityId = args.entityId.trim();
  if (entityId === '') throw badUserInput('entityId must not be empty', 'entityId');
  const first = pageSizeOf(args.first);
  const afterId = args.after ? decodeChangeCursor(args.after) : null;
  const [row] = await ctx.read((tx) => changesOfQuery.run(tx, { entityId, afterId, first }, ctx.roundTrips));
  if (!row?.cursorValid) throw badUserInput(`after: "${args.after}" is not a cursor of this list`, 'after');
  const nodes = row.changes.map(toChangeRow);
  const edges = nodes.map((node) => ({ cursor: changeCursor(node.id), node }));
  return {
    edges,
    nodes,
    totalCount: row.totalCount,
    pageInfo: {
      hasNextPage: row.hasNextPage,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}


