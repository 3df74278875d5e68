import type { Context } from '../context.js';
import { defineQuery } from '../db/cypher.js';
import type { EntityRow } from '../graphql/mappers/entity.mappers.js';
import type { Page } from '../graphql/pagination.js';
import { type RawProperties, toEntity } from './rows.js';

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

const listEntitiesQuery = defineQuery<
  EntityFilter & { orderBy: string; offset: number; first: number },
  { totalCount: number; nodes: RawProperties[] }
>('listEntities');

/** One page of entities matching every given filter, in one statement. */
export async function listEntities(
  ctx: Context,
  filter: EntityFilter,
  orderBy: EntityOrder,
  page: Page,
): Promise<{ totalCount: number; nodes: EntityRow[] }> {
  const [row] = await ctx.read((tx) => listEntitiesQuery.run(tx, { ...filter, orderBy, ...page }, ctx.roundTrips));
  return { totalCount: row?.totalCount ?? 0, nodes: (row?.nodes ?? []).map(toEntity) };
}
