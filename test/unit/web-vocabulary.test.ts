import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ENUM_LABELS, PROPERTY_LABELS, PROPERTY_VALUE_LABELS } from '../../web/src/lib/vocabulary.js';

/** The explorer's dictionary against the schema's enums and data/model.yaml: nothing left raw. */
const schema = buildSchema(
  fs
    .readdirSync('schema')
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => fs.readFileSync(path.join('schema', file), 'utf8'))
    .join('\n'),
);
const model = YAML.parse(fs.readFileSync('data/model.yaml', 'utf8')) as {
  labels: Record<string, { properties?: Record<string, { values?: string[] }> }>;
  relationships: Record<string, { properties?: Record<string, { values?: string[]; description?: string }> }>;
};

const CJK = /[\u3400-\u9fff]/;
const wellFormed = (pair: readonly [string, string] | undefined) =>
  pair !== undefined && CJK.test(pair[0]) && pair[1].trim() !== '' && !CJK.test(pair[1]);

describe('the explorer vocabulary', () => {
  const enums = Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'));

  it.each(enums.map((type) => [type.name]))('names every value of the enum %s in Chinese and English', (name) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    const missing = type.getValues().filter((value) => !wellFormed(ENUM_LABELS[name]?.[value.name]));
    expect(missing.map((value) => value.name)).toEqual([]);
  });

  it('names every property key of every entity and relationship', () => {
    const relationship = schema.getType('Relationship');
    if (!isObjectType(relationship)) throw new Error('no Relationship type');
    const keys = new Set([
      ...Object.values(model.labels).flatMap((label) => Object.keys(label.properties ?? {})),
      ...Object.values(model.relationships).flatMap((type) => Object.keys(type.properties ?? {})),
      ...Object.keys(relationship.getFields()).filter((key) => !['type', 'direction', 'citations', 'sourceNotes'].includes(key)),
    ]);
    expect(keys.size).toBeGreaterThan(40);
    expect([...keys].filter((key) => !wellFormed(PROPERTY_LABELS[key]))).toEqual([]);
  });

  it('names every coded value of an entity or relationship property', () => {
    const coded: [string, string][] = [];
    for (const spec of [...Object.values(model.labels), ...Object.values(model.relationships)]) {
      for (const [key, property] of Object.entries(spec.properties ?? {})) {
        for (const value of property.values ?? []) coded.push([key, value]);
        // string[] codes are listed in the description: "One or more of INTERVIEWER (采访), …"
        for (const match of (property as { description?: string }).description?.matchAll(/\b([A-Z][A-Z_]{2,})\s*\(/g) ?? []) {
          if ((property as { type?: string }).type === 'string[]') coded.push([key, match[1]!]);
        }
      }
    }
    expect(coded.length).toBeGreaterThan(60);
    expect(coded.filter(([key, value]) => !wellFormed(PROPERTY_VALUE_LABELS[key]?.[value]))).toEqual([]);
  });
});
