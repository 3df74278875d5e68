import type { FieldNode, GraphQLInterfaceType, GraphQLObjectType, GraphQLResolveInfo, ValueNode } from 'graphql';
import type { RelatedKey } from '../data/loaders.js';
import type { DataPort } from '../data/port.js';
import type { EntityRow } from '../model/rows.generated.js';

import { eachField, namedType, type Walk } from './selection-projection.js';
import { type PageArgs, type RelationshipsArgs, relatedKeyOf, relationshipFieldFilter, relationshipsFilter } from './entity-resolvers.js';
import { labelPrefix } from '../model/ids.js';

/** An argument's value as the resolver receives it; undefined for a kind no relationship field takes. */
function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable':
      return variables[node.name.value];
    case 'IntValue':
      return Number.parseInt(node.value, 10);
    case 'StringValue':
    case 'EnumValue':
      return node.value;
    case 'NullValue':
      return null;
    case 'ListValue':
      return node.values.map((value) => valueOf(value, variables));
    default:
      return undefined;
  }
}

function argumentsOf(field: FieldNode, variables: Record<string, unknown>): RelationshipsArgs & PageArgs {
  return Object.fromEntries((field.arguments ?? []).map((argument) => [argument.name.value, valueOf(argument.value, variables)]));
}

const typeByIdPrefix = new WeakMap<GraphQLResolveInfo['schema'], Map<string, GraphQLObjectType>>();

/** The entity type an id names: every id starts with its label's prefix (`new-area:` for NewArea). */
function entityTypeOfId(info: GraphQLResolveInfo, id: string): GraphQLObjectType | undefined {
  let byPrefix = typeByIdPrefix.get(info.schema);
  if (!byPrefix) {
    const entity = info.schema.getType('Entity') as GraphQLInterfaceType;
    byPrefix = new Map(info.schema.getPossibleTypes(entity).map((type) => [labelPrefix(type.name), type]));
    typeByIdPrefix.set(info.schema, byPrefix);
  }
  return byPrefix.get(id.slice(0, id.indexOf(':')));
}

/**
 * The relationship pages a query selects on an entity it fetches by id (node(id), nodes(ids)), as
 * the keys of the request's `related` loader: its resolvers ask the loader for the same keys, so
 * the entity and these pages can be read in one statement and the resolvers find the pages there.
 * The entity's type comes from its id; a field whose arguments cannot be read here (or are
 * invalid, which its resolver reports) is left to its resolver.
 */
export function selectedRelationshipPages(info: GraphQLResolveInfo, id: string): RelatedKey[] {
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  const selected = namedType(info.returnType);
  const type = entityTypeOfId(info, id);
  const keys: RelatedKey[] = [];
  if (!type) return keys;
  for (const fieldNode of info.fieldNodes) {
    eachField(walk, fieldNode.selectionSet, selected, (field, on) => {
      if (on !== type && !type.getInterfaces().some((i) => i === on)) return;
      const name = field.name.value;
      const args = argumentsOf(field, info.variableValues);
      const filter = name === 'relationships' ? relationshipsFilter(args) : relationshipFieldFilter(type.name, name);
      const definition = type.getFields()[name];
      if (!filter || !definition || Object.values(args).some((value) => value === undefined)) return;
      try {
        keys.push(relatedKeyOf(id, args, ...filter, { fieldNodes: [field], fragments: info.fragments, returnType: definition.type, schema: info.schema }));
      } catch {
        // Bad page arguments: the field's resolver reports them.
      }
    });
  }
  return keys;
}

/**
 * An entity by id with the relationship pages its query selects on it, through the
 * `entityWithPages` loader: the entities a level asks for by id and all their pages cost one
 * statement.
 */
export function entityWithSelectedPages(ctx: DataPort, info: GraphQLResolveInfo, id: string): Promise<EntityRow | null> {
  return ctx.loaders.entityWithPages.load({ id, pages: selectedRelationshipPages(info, id) });
}
