import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, type GraphQLEnumType, isInputObjectType, isInterfaceType, isObjectType, parse as parseGraphQL } from 'graphql';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { modelSchema } from '../../src/model/dataset-schema.js';
import { RELATIONSHIP_FIELDS } from '../../src/model/relationship-fields.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

const schema = buildASTSchema(parseGraphQL(loadTypeDefs().join('\n')));
const model = modelSchema.parse(parse(fs.readFileSync('data/model.yaml', 'utf8')));

describe('the SDL', () => {
  it('describes every type and every field', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has one GraphQL type per label of the data model, each an Entity', () => {
    for (const label of Object.keys(model.labels)) {
      const type = schema.getType(label);
      expect(isObjectType(type), label).toBe(true);
      if (isObjectType(type)) expect(type.getInterfaces().map((i) => i.name).sort()).toEqual(['Entity', 'Node']);
    }
  });

  it('lists every relationship type of the model in RelationshipType', () => {
    const values = (schema.getType('RelationshipType') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values.sort()).toEqual(Object.keys(model.relationships).sort());
  });
});

describe('relationship fields', () => {
  it.each(RELATIONSHIP_FIELDS.map((spec) => [`${spec.owner}.${spec.field}`, spec] as const))(
    '%s follows types the model allows between its labels',
    (_name, spec) => {
      for (const type of spec.types) {
        const allowed = model.relationships[type];
        expect(allowed, type).toBeDefined();
        const ends =
          spec.direction === 'OUTGOING'
            ? [allowed!.from, allowed!.to]
            : spec.direction === 'INCOMING'
              ? [allowed!.to, allowed!.from]
              : [[...allowed!.from, ...allowed!.to], [...allowed!.from, ...allowed!.to]];
        expect(ends[0]).toContain(spec.owner);
        if (spec.target !== 'Entity') expect(ends[1]).toContain(spec.target);
      }
    },
  );
});

describe('hand-written TypeScript', () => {
  it('never falls back to any', () => {
    const offenders: string[] = [];
    for (const entry of fs.readdirSync('src', { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.generated.ts')) continue;
      const file = path.join(entry.parentPath, entry.name);
      const code = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
      if (code.some((line) => /(:\s*any\b|\bas any\b|<any>)/.test(line))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
