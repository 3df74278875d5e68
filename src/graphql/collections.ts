import type { Context } from '../context.js';
import { ENTITY_ORDERS, type EntityFilter, type EntityOrder, entitySortKey, listEntities } from '../data/entities.js';
import { badUserInput, queryTooComplex } from '../model/errors.js';
import type { ConnectionRow, EntityRow } from '../model/rows.generated.js';
import { connectionOf, pageOf } from '../model/pagination.js';

export interface CollectionArgs {
  where?: {
    ids?: readonly string[] | null;
    nameContains?: string | null;
    area?: string | null;
    industry?: string | null;
    task?: string | null;
    kind?: readonly string[] | null;
    status?: readonly string[] | null;
  } | null;
  orderBy?: EntityOrder | null;
  first?: number | null;
  after?: string | null;
}

const MAX_FILTER_TEXT = 200;
const MAX_IDS = 100;

function filterOf(labels: string[] | null, where: CollectionArgs['where']): EntityFilter {
  const text = where?.nameContains?.trim();
  if (where?.nameContains != null && !text) throw badUserInput('where.nameContains must not be empty', 'where.nameContains');
  if (text && text.length > MAX_FILTER_TEXT) {
    throw badUserInput(`where.nameContains must be at most ${MAX_FILTER_TEXT} characters`, 'where.nameContains');
  }
  if (where?.ids && where.ids.length > MAX_IDS) {
    throw queryTooComplex(`where.ids takes at most ${MAX_IDS} ids, got ${where.ids.length}`, 'maxIds', { argument: 'where.ids', maximum: MAX_IDS });
  }
  return {
    labels,
    ids: where?.ids ? [...where.ids] : null,
    kinds: where?.kind?.length ? [...where.kind] : null,
    statuses: where?.status?.length ? [...where.status] : null,
    nameContains: text ?? null,
    area: where?.area ?? null,
    industry: where?.industry ?? null,
    task: where?.task ?? null,
  };
}

/**
 * A top-level list of entities of some labels (null: all), filtered, sorted and paged. `T` is the
 * mapper of those labels: the query returns only entities that carry one of them.
 */
export async function collection<T extends EntityRow>(
  ctx: Context,
  labels: string[] | null,
  args: CollectionArgs,
): Promise<ConnectionRow<T>> {
  const orderBy = args.orderBy ?? 'NAME_ASC';
  const page = pageOf(args, ENTITY_ORDERS[orderBy]);
  const filter = filterOf(labels, args.where);
  const result = await listEntities(ctx, filter, orderBy, page);
  return connectionOf(
    result.nodes.map((node) => ({ node: node as T, relationship: null })),
    result.totalCount,
    page,
    ENTITY_ORDERS[orderBy],
    (item) => entitySortKey(item.node, orderBy),
  );
}
