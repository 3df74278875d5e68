import { defineQuery } from '../db/cypher.js';
import type { EntityRow } from '../model/rows.generated.js';
import type { Page } from '../model/pagination.js';

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
  Omit<EntityFilter, 'area'> & { areaIds: string[] | null; anchor: EntityAnchor; idPrefixes: string[]; orderBy: string; offset: number; first: number },
  { totalCount: number; nodes: RawProperties[] }
>('listEntities');

/** One page of entities matching every given filter, in one statement. */
export async function listEntities(
  ctx: ReadPort,
  filter: EntityFilter,
  orderBy: EntityOrder,
  page: Page,
): Promise<{ totalCount: number; nodes: EntityRow[] }> {
  // The area filter is the side rule (or, for a region, the ties to it): its ids are read first.
  const { area, ...rest } = filter;
  const areaIds = area === null ? null : await readEntitiesInArea(ctx.read, ctx.roundTrips, area);
  const params = { ...rest, areaIds, anchor: anchorOf(filter), idPrefixes: idPrefixesOf(filter.labels), orderBy, ...page };
  const [row] = await ctx.read((tx) => listEntitiesQuery.run(tx, params, ctx.roundTrips));
  return { totalCount: row?.totalCount ?? 0, nodes: (row?.nodes ?? []).map(toEntity) };
}
