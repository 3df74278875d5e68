/**
 * The resolvers that repeat per label, built from the data model: each entity type's relationship
 * fields, its top-level collection, and the create and update mutations of editable labels.
 * src/graphql/model-resolvers.generated.ts instantiates them per label under the names codegen
 * expects (see codegen.ts, externalResolvers).
 */
import { createEntity, updateEntity } from '../editing/mutations.js';
import { progressOf } from '../data/progress.js';
import { mentionsOfEntity } from '../sources/sources.js';
import { progressStatuses } from '../model/model.js';
import { relationshipFieldsOf } from '../model/relationship-fields.js';
import type { EntityRow } from '../model/rows.generated.js';
import type { Context } from '../context.js';
import { type CollectionArgs, collection } from './collections.js';
import { entitySide, type PageArgs, relationshipField, relationships } from './entity-resolvers.js';

type FieldResolver = (parent: EntityRow, args: never, ctx: Context, info: never) => unknown;

/** An entity type's field resolvers: its typed relationship fields, `relationships`, `side`, and `progress` where it has one. */
export function entityTypeResolvers(label: string): Record<string, FieldResolver> {
  const fields: Record<string, FieldResolver> = {
    relationships: relationships as FieldResolver,
    side: entitySide as FieldResolver,
    mentions: ((parent: EntityRow, args: { first?: number | null }, ctx: Context) => mentionsOfEntity(ctx, parent.id, args.first)) as FieldResolver,
  };
  for (const { field } of relationshipFieldsOf(label)) fields[field] = relationshipField(label, field) as FieldResolver;
  if (progressStatuses(label)) {
    fields.progress = ((parent: EntityRow, args: PageArgs, ctx: Context) => progressOf(ctx, parent.id, args)) as FieldResolver;
  }
  return fields;
}

/** The top-level list of one label. */
export function collectionResolver<T extends EntityRow>(label: string) {
  return (_parent: unknown, args: CollectionArgs, ctx: Context) => collection<T>(ctx, [label], args);
}

const payloadField = (label: string) => label[0]!.toLowerCase() + label.slice(1);

/** `create<Label>(input)`: the payload names the entity by its label (`platform`), with the change record. */
export function createMutation<P>(label: string) {
  return async (_parent: unknown, { input }: { input: object }, ctx: Context) => {
    const { entity, change } = await createEntity(ctx, label, input as Record<string, unknown>);
    return { [payloadField(label)]: entity, change } as P;
  };
}

/** `update<Label>(input)`, as createMutation. */
export function updateMutation<P>(label: string) {
  return async (_parent: unknown, { input }: { input: object }, ctx: Context) => {
    const { entity, change } = await updateEntity(ctx, label, input as Record<string, unknown>);
    return { [payloadField(label)]: entity, change } as P;
  };
}
