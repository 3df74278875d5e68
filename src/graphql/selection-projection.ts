/**
 * What a query's selection needs from the database, read from the selection set (fragments
 * included), so that statements return ids and names only when nothing more is asked for:
 * relationship pages, search hits and neighbourhood subgraphs.
 */
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  GraphQLType,
  SelectionSetNode,
} from 'graphql';
import { RELATIONSHIP_FIELDS } from '../model/relationship-fields.js';
import type { EdgeProjection } from '../data/loaders.js';


/** Fields of an entity served from its id, name, nameEn and labels. */
const BRIEF_FIELDS = new Set(['__typename', 'id', 'name', 'nameEn', 'relationships']);
/** Fields of an entity served from a search candidate: id, name, nameEn, aliases and labels. */
const SEARCH_CANDIDATE_FIELDS = new Set([...BRIEF_FIELDS, 'aliases']);
/** Fields of a GraphEdge served without its relationship's properties. */
const BARE_GRAPH_EDGE_FIELDS = new Set(['__typename', 'id', 'type', 'source', 'target']);
/** Fields of a Relationship served without its properties. */
const BARE_RELATIONSHIP_FIELDS = new Set(['__typename', 'type', 'direction']);
/** The relationship fields of each type, resolved from the entity's id by their own loader. */
const CONNECTION_FIELDS = new Set(RELATIONSHIP_FIELDS.map((spec) => `${spec.owner}.${spec.field}`));

/**
 * The type inside lists and non-nulls. Unwrapped by shape rather than with graphql's getNamedType:
 * that checks `instanceof`, which fails when the schema was built by another copy of graphql (the
 * CommonJS one Apollo loads next to the ES module one).
 */
export function namedType(type: GraphQLType): GraphQLNamedType {
  return 'ofType' in type ? namedType(type.ofType) : type;
}

export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * Calls `visit` for every field of a selection set, fragments included, with the type it is
 * selected on (a fragment's type condition where there is one). `@skip` and `@include` are not
 * evaluated: a field that may be skipped still counts, which only costs a larger projection.
 */
export function eachField(
  walk: Walk,
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  visit: (field: FieldNode, type: GraphQLNamedType) => void,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === 'Field') {
      visit(selection, type);
    } else {
      const fragment = selection.kind === 'InlineFragment' ? selection : walk.fragments[selection.name.value];
      const condition = fragment?.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      if (fragment && condition) eachField(walk, fragment.selectionSet, condition, visit);
    }
  }
}

function isServedBy(served: ReadonlySet<string>, field: FieldNode, type: GraphQLNamedType): boolean {
  return served.has(field.name.value) || CONNECTION_FIELDS.has(`${type.name}.${field.name.value}`);
}

/**
 * graphql-js hands every parent of a list the same fieldNodes array for one field, so a level of a
 * nested query reads the field's selection once rather than once per parent.
 */
const edgeProjections = new WeakMap<GraphQLResolveInfo['fieldNodes'], EdgeProjection>();

/**
 * Reads a connection field's selection (`edges { node relationship }` and `nodes`, through any
 * fragments) to tell what its edges need, so that a page of a hub's neighbours does not carry every
 * property of every node when the query asks for their names.
 */
export function edgeProjection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'schema'>): EdgeProjection {
  const known = edgeProjections.get(info.fieldNodes);
  if (known) return known;
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  const connection = namedType(info.returnType) as GraphQLObjectType;
  const edge = namedType(connection.getFields().edges!.type) as GraphQLObjectType;
  const nodeType = namedType(connection.getFields().nodes!.type);
  const relationshipType = namedType(edge.getFields().relationship!.type);
  const projection: EdgeProjection = { briefNodes: true, relationshipProperties: false };
  const visitNode = (field: FieldNode, type: GraphQLNamedType) => {
    if (!isServedBy(BRIEF_FIELDS, field, type)) projection.briefNodes = false;
  };
  const visitRelationship = (field: FieldNode) => {
    if (!BARE_RELATIONSHIP_FIELDS.has(field.name.value)) projection.relationshipProperties = true;
  };
  const visitEdge = (field: FieldNode) => {
    if (field.name.value === 'node') eachField(walk, field.selectionSet, nodeType, visitNode);
    if (field.name.value === 'relationship') eachField(walk, field.selectionSet, relationshipType, visitRelationship);
  };
  for (const fieldNode of info.fieldNodes) {
    eachField(walk, fieldNode.selectionSet, connection, (field) => {
      if (field.name.value === 'nodes') eachField(walk, field.selectionSet, nodeType, visitNode);
      if (field.name.value === 'edges') eachField(walk, field.selectionSet, edge, visitEdge);
    });
  }
  edgeProjections.set(info.fieldNodes, projection);
  return projection;
}

/**
 * Whether the entities of Query.search's hits (`entity { … }`, through any fragments) ask for
 * nothing beyond what a search candidate carries, so the hits need no second read.
 */
export function searchHitsNeedFullEntities(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'schema'>): boolean {
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  const hit = namedType(info.returnType) as GraphQLObjectType;
  const entityType = namedType(hit.getFields().entity!.type);
  let full = false;
  for (const fieldNode of info.fieldNodes) {
    eachField(walk, fieldNode.selectionSet, hit, (field) => {
      if (field.name.value !== 'entity') return;
      eachField(walk, field.selectionSet, entityType, (entityField, type) => {
        if (!isServedBy(SEARCH_CANDIDATE_FIELDS, entityField, type)) full = true;
      });
    });
  }
  return full;
}

/** What Query.neighborhood's subgraph (`nodes { … }` and `edges { … }`, through any fragments) needs besides ids. */
export function subgraphProjection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'schema'>): EdgeProjection {
  const walk: Walk = { schema: info.schema, fragments: info.fragments };
  const subgraph = namedType(info.returnType) as GraphQLObjectType;
  const nodeType = namedType(subgraph.getFields().nodes!.type);
  const edgeType = namedType(subgraph.getFields().edges!.type);
  const projection: EdgeProjection = { briefNodes: true, relationshipProperties: false };
  for (const fieldNode of info.fieldNodes) {
    eachField(walk, fieldNode.selectionSet, subgraph, (field) => {
      if (field.name.value === 'nodes') {
        eachField(walk, field.selectionSet, nodeType, (nodeField, type) => {
          if (!isServedBy(BRIEF_FIELDS, nodeField, type)) projection.briefNodes = false;
        });
      }
      if (field.name.value === 'edges') {
        eachField(walk, field.selectionSet, edgeType, (edgeField) => {
          if (!BARE_GRAPH_EDGE_FIELDS.has(edgeField.name.value)) projection.relationshipProperties = true;
        });
      }
    });
  }
  return projection;
}
