import { defineQuery } from '../db/cypher.js';
import type { EntityRow } from '../model/rows.generated.js';
import type { Order, Page, SortKey } from '../model/pagination.js';
import { type RawProperties, toEntity } from './rows.js';
import type { ReadPort } from './port.js';
import { labelPrefix } from '../model/ids.js';
import { readEntitiesInArea } from './sides.js';

export type EntityFilter = {
  labels: string[] | null;
  ids: string[] | null;
  kinds: string[] | null;
  statuses: string[] | null;
  nameContains: string | null;
  area: string | null;
  industry: string | null;
  task: string | null;
};

export type EntityOrder = 'NAME_ASC' | 'NAME_DESC' | 'NAME_EN_ASC' | 'ID_ASC';

/** Each order's sort key: its value, then the id that breaks ties (ID_ASC: the id alone). */
export const ENTITY_ORDERS: Record<EntityOrder, Order> = {
  NAME_ASC: { name: 'NAME_ASC', key: ['string', 'string'] },
  NAME_DESC: { name: 'NAME_DESC', key: ['string', 'string'] },
  NAME_EN_ASC: { name: 'NAME_EN_ASC', key: ['string', 'string'] },
  ID_ASC: { name: 'ID_ASC', key: ['string'] },
};

/** Where an entity sits in a list sorted by `orderBy`: the cursor of its edge. */
export function entitySortKey(node: EntityRow, orderBy: EntityOrder): SortKey {
  switch (orderBy) {
    case 'NAME_ASC':
    case 'NAME_DESC':
      return [node.name, node.id];
    case 'NAME_EN_ASC':
      return [node.nameEn, node.id];
    case 'ID_ASC':
      return [node.id];
  }
}

/** Where listEntities finds its candidates; the other filters are checked on them. */
export type EntityAnchor = 'ids' | 'task' | 'industry' | 'area' | 'idPrefixes';

/**
 * The most selective filter given: a list of ids, then the entities around one task, one industry
 * or one area (a task has the fewest, an area with its platforms the most), else the labels.
 */
export function anchorOf(filter: EntityFilter): EntityAnchor {
  if (filter.ids) return 'ids';
  if (filter.task !== null) return 'task';
  if (filter.industry !== null) return 'industry';
  if (filter.area !== null) return 'area';
  return 'idPrefixes';
}

/** Every id starts with its label's prefix (the import and the editing API refuse others). */
export function idPrefixesOf(labels: string[] | null): string[] {
  return labels ? labels.map((label) => `${labelPrefix(label)}:`) : [''];
}

const listEntitiesQuery = defineQuery<
  Omit<EntityFilter, 'area'> & {
    areaIds: string[] | null;
    anchor: EntityAnchor;
    idPrefixes: string[];
    orderBy: string;
    afterValue: string | null;
    afterId: string | null;
    first: number;
  },
  { totalCount: number; nodes: RawProperties[] }
>('listEntities');

/** The entities matching every given filter after the page's cursor, `first + 1` of them, in one statement. */
export async function listEntities(
  ctx: ReadPort,
  filter: EntityFilter,
  orderBy: EntityOrder,
  page: Page,
): Promise<{ totalCount: number; nodes: EntityRow[] }> {
  // The area filter is the side rule (or, for a region, the ties to it): its ids are read first.
  const { area, ...rest } = filter;
  const areaIds = area === null ? null : await readEntitiesInArea(ctx.read, ctx.roundTrips, area);
  const after = page.after as string[] | null;
  const params = {
    ...rest,
    areaIds,
    anchor: anchorOf(filter),
    idPrefixes: idPrefixesOf(filter.labels),
    orderBy,
    afterValue: after && orderBy !== 'ID_ASC' ? after[0]! : null,
    afterId: after ? after.at(-1)! : null,
    first: page.first,
  };
  const [row] = await ctx.read((tx) => listEntitiesQuery.run(tx, params, ctx.roundTrips));
  return { totalCount: row?.totalCount ?? 0, nodes: (row?.nodes ?? []).map(toEntity) };
}
