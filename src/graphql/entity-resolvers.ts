import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { RELATED_ORDER, type RelatedKey, relatedSortKey } from '../data/loaders.js';
import { edgeProjection } from './selection-projection.js';
import type { ConnectionRow, EntityRow } from '../model/rows.generated.js';
import { connectionOf, pageOf } from '../model/pagination.js';
import { type Direction, RELATIONSHIP_FIELDS } from '../model/relationship-fields.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface RelationshipsArgs extends PageArgs {
  types?: readonly string[] | null;
  direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null;
}

type ConnectionResolver<A, T extends EntityRow = EntityRow> = (
  parent: EntityRow,
  args: A,
  ctx: Context,
  info: GraphQLResolveInfo,
) => Promise<ConnectionRow<T>>;

type ProjectionInfo = Parameters<typeof edgeProjection>[0];

/** What a relationship field follows: relationship types (null: all), direction, labels at the other end (null: all). */
export type RelationshipFilter = [types: readonly string[] | null, direction: Direction, labels: string[] | null];

/** The related loader's key for one relationship field of an entity: the same for the field's resolver and for prefetching. */
export function relatedKeyOf(
  parentId: string,
  args: PageArgs,
  types: readonly string[] | null,
  direction: Direction,
  labels: string[] | null,
  info: ProjectionInfo,
): RelatedKey {
  return { id: parentId, types: types ? [...types] : null, direction, labels, ...pageOf(args, RELATED_ORDER), ...edgeProjection(info) };
}

async function relatedConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  parent: EntityRow,
  args: PageArgs,
  types: readonly string[] | null,
  direction: Direction,
  labels: string[] | null,
): Promise<ConnectionRow> {
  const key = relatedKeyOf(parent.id, args, types, direction, labels, info);
  const result = await ctx.loaders.related.load(key);
  return connectionOf(result.items, result.totalCount, key, RELATED_ORDER, relatedSortKey);
}

/**
 * The resolver of a typed relationship field declared in relationship-fields.ts. `T` is the
 * mapper of the field's target label: the query only returns entities with that label.
 */
export function relationshipField<T extends EntityRow>(owner: string, field: string): ConnectionResolver<PageArgs, T> {
  const filter = relationshipFieldFilter(owner, field);
  if (!filter) throw new Error(`${owner}.${field} is not declared in relationship-fields.ts`);
  return async (parent, args, ctx, info) => (await relatedConnection(ctx, info, parent, args, ...filter)) as ConnectionRow<T>;
}

/** The types, direction and target labels a typed relationship field follows; null when `owner` has no such field. */
export function relationshipFieldFilter(owner: string, field: string): RelationshipFilter | null {
  const spec = RELATIONSHIP_FIELDS.find((candidate) => candidate.owner === owner && candidate.field === field);
  return spec ? [spec.types, spec.direction, spec.target === 'Entity' ? null : [spec.target]] : null;
}

/** `relationships(types, direction)`: every relationship of an entity, whatever its type. */
export const relationships: ConnectionResolver<RelationshipsArgs> = (parent, args, ctx, info) =>
  relatedConnection(ctx, info, parent, args, ...relationshipsFilter(args));

/** The types and direction `relationships(types, direction)` follows. */
export function relationshipsFilter(args: RelationshipsArgs): RelationshipFilter {
  return [args.types?.length ? args.types : null, args.direction ?? 'BOTH', null];
}

/** `side`: the entity's EntitySide, batched per request (the rule is cypher/shared/side.cypher). */
export const entitySide = async (parent: EntityRow, _args: unknown, ctx: Context) => {
  const side = await ctx.loaders.side.load(parent.id);
  return side ?? { newAreaIds: [], basis: 'NONE' as const };
};
