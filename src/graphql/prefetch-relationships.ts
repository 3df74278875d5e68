import type { FieldNode, GraphQLInterfaceType, GraphQLObjectType, GraphQLResolveInfo, ValueNode } from 'graphql';
import type { Context } from '../context.js';

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
 * Starts loading the relationship pages a query selects on entities it fetches by id, in the same
 * tick as the entities: their resolvers later ask the request's loader for the same keys and find
 * them there, so an entity and its relationships cost two concurrent round trips, not two in a
 * row. The entity's type comes from its id; a field whose arguments cannot be read here (or are
 * invalid, which its resolver reports) is left to its resolver.
 */
export function prefetchRelationshipPages(ctx: Context, info: GraphQLResolveInfo, ids: readonly string[]): void {
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  const selected = namedType(info.returnType);
  for (const id of ids) {
    const type = entityTypeOfId(info, id);
    if (!type) continue;
    for (const fieldNode of info.fieldNodes) {
      eachField(walk, fieldNode.selectionSet, selected, (field, on) => {
        if (on !== type && !type.getInterfaces().some((i) => i === on)) return;
        const name = field.name.value;
        const args = argumentsOf(field, info.variableValues);
        const filter = name === 'relationships' ? relationshipsFilter(args) : relationshipFieldFilter(type.name, name);
        const definition = type.getFields()[name];
        if (!filter || !definition || Object.values(args).some((value) => value === undefined)) return;
        try {
          const key = relatedKeyOf(id, args, ...filter, { fieldNodes: [field], fragments: info.fragments, returnType: definition.type, schema: info.schema });
          // The resolver awaits the same promise and reports its failure.
          ctx.loaders.related.load(key).catch(() => undefined);
        } catch {
          // Bad page arguments: the field's resolver reports them.
        }
      });
    }
  }
}
