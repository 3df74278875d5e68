import {
  buildASTSchema,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { edgeProjection } from '../../src/graphql/selection-projection.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));

/** What edgeProjection sees when resolving the field aliased `target` in the document. */
function projectionOf(document: string) {
  const ast = parse(document);
  const typeInfo = new TypeInfo(schema);
  let target: { node: FieldNode; type: GraphQLOutputType } | undefined;
  visit(
    ast,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.alias?.value === 'target') target = { node, type: typeInfo.getType()! };
      },
    }),
  );
  const fragments = Object.fromEntries(
    ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return edgeProjection({ schema, fieldNodes: [target!.node], fragments, returnType: target!.type });
}

describe('edgeProjection', () => {
  it.each([
    ['only the count', `{ node(id: "x") { ... on Task { target: platforms { totalCount } } } }`, true, false],
    ['names of nodes', `{ node(id: "x") { ... on Task { target: platforms { nodes { __typename id name nameEn } } } } }`, true, false],
    ['names of edge nodes with cursors', `{ node(id: "x") { ... on Task { target: platforms { edges { cursor node { id name } } pageInfo { hasNextPage } } } } }`, true, false],
    ['relationship fields of the nodes', `{ node(id: "x") { ... on Task { target: platforms { nodes { id tasks { totalCount } contains { nodes { id } } relationships { totalCount } } } } } }`, true, false],
    ['a property of the type', `{ node(id: "x") { ... on Task { target: platforms { nodes { id kind } } } } }`, false, false],
    ['citations', `{ node(id: "x") { ... on Task { target: platforms { edges { node { citations { quote } } } } } } }`, false, false],
    ['aliases and summary', `{ node(id: "x") { ... on Task { target: platforms { nodes { aliases summary } } } } }`, false, false],
    ['another resolver of the type', `{ node(id: "x") { ... on Platform { target: tasks { nodes { progress { totalCount } } } } } }`, false, false],
    ['the relationship type and direction', `{ node(id: "x") { ... on Task { target: platforms { edges { relationship { __typename type direction } } } } } }`, true, false],
    ['a relationship property', `{ node(id: "x") { ... on Task { target: platforms { edges { relationship { type role } } } } } }`, true, true],
    ['relationship citations', `{ node(id: "x") { ... on Task { target: platforms { edges { relationship { citations { quote } } } } } } }`, true, true],
    ['a field named like a relationship field of another type', `{ node(id: "x") { ... on Platform { target: contains { nodes { ... on Task { id number } } } } } }`, false, false],
    ['a relationship field through a type condition', `{ node(id: "x") { ... on Platform { target: contains { nodes { ... on Enterprise { industries { totalCount } } } } } } }`, true, false],
    ['a field of the Entity interface', `{ node(id: "x") { ... on Platform { target: contains { nodes { ... on Entity { name summary } } } } } }`, false, false],
    [
      'fields in named fragments',
      `query { node(id: "x") { ... on Platform { target: contains { ...Page } } } }
       fragment Page on EntityConnection { edges { ...Edge } }
       fragment Edge on EntityEdge { node { id } relationship { basis } }`,
      true,
      true,
    ],
    [
      'a property in a named fragment on the node type',
      `query { node(id: "x") { ... on Task { target: platforms { nodes { ...P } } } } }
       fragment P on Platform { id kind }`,
      false,
      false,
    ],
    ['a skipped field still counts', `{ node(id: "x") { ... on Task { target: platforms { nodes { id summary @skip(if: true) } } } } }`, false, false],
  ])('%s', (_name, document, briefNodes, relationshipProperties) => {
    expect(projectionOf(document)).toEqual({ briefNodes, relationshipProperties });
  });

  it('joins the selections of a field asked for twice', () => {
    const ast = parse(`{ node(id: "x") { ... on Task { target: platforms { nodes { id } } target: platforms { edges { node { kind } relationship { role } } } } } }`);
    const fields: FieldNode[] = [];
    visit(ast, { Field: (node) => void (node.alias?.value === 'target' && fields.push(node)) });
    const returnType = schema.getType('PlatformConnection') as GraphQLOutputType;
    expect(edgeProjection({ schema, fieldNodes: fields, fragments: {}, returnType })).toEqual({ briefNodes: false, relationshipProperties: true });
  });
});
