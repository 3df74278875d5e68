import {
  buildASTSchema,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  isEnumType,
  isListType,
  isNonNullType,
  parse as parseGraphQL,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { dataModel, editableLabels } from '../../src/model/model.js';
import type { PropertySpec } from '../../src/model/dataset-schema.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

/** The editing SDL (schema/editing.graphql) is written by hand: these tests keep it to data/model.yaml. */
const schema = buildASTSchema(parseGraphQL(loadTypeDefs().join('\n')));
const model = dataModel();
const COMMON = ['id', 'name', 'nameEn', 'nameEnOfficial', 'aliases', 'summary', 'source'];

function typeName(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeName(type.ofType)}!`;
  if (isListType(type)) return `[${typeName(type.ofType)}]`;
  return type.name;
}

function expected(label: string, property: string, spec: PropertySpec): string {
  if (spec.type === 'enum') return `${label}${property[0]!.toUpperCase()}${property.slice(1)}`;
  return { string: 'String', text: 'String', date: 'String', int: 'Int', float: 'Float', boolean: 'Boolean', 'string[]': '[String!]' }[spec.type];
}

describe('the editing inputs follow data/model.yaml', () => {
  it.each(editableLabels().map((label) => [label]))('Create%sInput and Update%sInput have the label’s properties, typed as the model says', (label) => {
    const specs = model.labels[label]!.properties;
    const create = schema.getType(`Create${label}Input`) as GraphQLInputObjectType;
    const update = schema.getType(`Update${label}Input`) as GraphQLInputObjectType;
    const own = Object.keys(specs).sort();
    expect(Object.keys(create.getFields()).filter((f) => !COMMON.includes(f)).sort()).toEqual(own);
    expect(Object.keys(update.getFields()).filter((f) => !COMMON.includes(f)).sort()).toEqual(own);
    for (const [property, spec] of Object.entries(specs)) {
      const base = expected(label, property, spec);
      expect(typeName(create.getFields()[property]!.type), `Create${label}Input.${property}`).toBe(spec.required ? `${base}!` : base);
      expect(typeName(update.getFields()[property]!.type), `Update${label}Input.${property}`).toBe(base);
      if (spec.type === 'enum') {
        const values = (schema.getType(base) as GraphQLEnumType).getValues().map((v) => v.name);
        expect(values).toEqual(spec.values);
      }
    }
  });

  it('has a create and an update mutation per editable label', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    for (const label of editableLabels()) expect(mutations).toEqual(expect.arrayContaining([`create${label}`, `update${label}`]));
  });

  it('RelationshipPropertiesInput holds every relationship property of the model', () => {
    const fields = (schema.getType('RelationshipPropertiesInput') as GraphQLInputObjectType).getFields();
    const declared = new Map<string, string>();
    for (const spec of Object.values(model.relationships)) {
      for (const [name, property] of Object.entries(spec.properties)) {
        declared.set(name, property.type === 'boolean' ? 'Boolean' : property.type === 'string[]' ? '[String!]' : property.type === 'int' ? 'Int' : 'String');
      }
    }
    expect(Object.keys(fields).sort()).toEqual([...declared.keys()].sort());
    for (const [name, type] of declared) expect(typeName(fields[name]!.type), name).toBe(type);
  });

  it('ProgressStatus has the statuses of tasks and projects', () => {
    const values = (schema.getType('ProgressStatus') as GraphQLEnumType).getValues().map((v) => v.name);
    const statuses = new Set([...model.labels.Task!.properties.status!.values!, ...model.labels.Project!.properties.status!.values!]);
    expect(values.sort()).toEqual([...statuses].sort());
    expect(isEnumType(schema.getType('ProgressStatus'))).toBe(true);
  });
});
