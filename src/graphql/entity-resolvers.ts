import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { edgeProjection } from './edge-projection.js';
import type { ConnectionRow, EntityRow } from './mappers/entity.mappers.js';
import { connectionOf, pageOf } from './pagination.js';
import { type Direction, RELATIONSHIP_FIELDS } from './relationship-fields.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface RelationshipsArgs extends PageArgs {
  types?: readonly string[] | null;
  direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null;
}

type ConnectionResolver<A, T extends EntityRow = EntityRow> = (
  parent: EntityRow,
  args: A,
  ctx: Context,
  info: GraphQLResolveInfo,
) => Promise<ConnectionRow<T>>;

async function relatedConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  parent: EntityRow,
  args: PageArgs,
  types: readonly string[] | null,
  direction: Direction,
  labels: string[] | null,
): Promise<ConnectionRow> {
  const page = pageOf(args);
  const result = await ctx.loaders.related.load({
    id: parent.id,
    types: types ? [...types] : null,
    direction,
    labels,
    ...page,
    ...edgeProjection(info),
  });
  return connectionOf(result.items, result.totalCount, page);
}

/**
 * The resolver of a typed relationship field declared in relationship-fields.ts. `T` is the
 * mapper of the field's target label: the query only returns entities with that label.
 */
export function relationshipField<T extends EntityRow>(owner: string, field: string): ConnectionResolver<PageArgs, T> {
  const spec = RELATIONSHIP_FIELDS.find((candidate) => candidate.owner === owner && candidate.field === field);
  if (!spec) throw new Error(`${owner}.${field} is not declared in relationship-fields.ts`);
  const labels = spec.target === 'Entity' ? null : [spec.target];
  return async (parent, args, ctx, info) =>
    (await relatedConnection(ctx, info, parent, args, spec.types, spec.direction, labels)) as ConnectionRow<T>;
}

const DIRECTIONS = { OUTGOING: 'OUT', INCOMING: 'IN', BOTH: 'BOTH' } as const;

/** `relationships(types, direction)`: every relationship of an entity, whatever its type. */
export const relationships: ConnectionResolver<RelationshipsArgs> = (parent, args, ctx, info) =>
  relatedConnection(ctx, info, parent, args, args.types?.length ? args.types : null, DIRECTIONS[args.direction ?? 'BOTH'], null);
