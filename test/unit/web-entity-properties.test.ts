import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ENTITY_PROPERTIES, parsePropertyText, propertyText } from '../../web/src/lib/entity-properties.js';
import { ENUM_LABELS } from '../../web/src/lib/vocabulary.js';

const model = YAML.parse(fs.readFileSync('data/model.yaml', 'utf8')) as {
  labels: Record<string, { editable?: boolean; properties?: Record<string, { type: string; values?: string[]; required?: boolean }> }>;
};
const schema = buildSchema(
  fs
    .readdirSync('schema')
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => fs.readFileSync(path.join('schema', file), 'utf8'))
    .join('\n'),
);
const KIND: Record<string, string> = { string: 'string', int: 'int', float: 'float', 'string[]': 'list', enum: 'enum' };
const editable = Object.entries(model.labels).filter(([, spec]) => spec.editable);

describe('the edit form’s properties of each type', () => {
  it('covers every editable label of the model', () => {
    expect(editable.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(ENTITY_PROPERTIES).sort()).toEqual(editable.map(([label]) => label).sort());
  });

  it.each(editable.map(([label]) => [label]))('offers exactly the properties data/model.yaml gives %s, of their kinds', (label) => {
    const properties = model.labels[label]!.properties ?? {};
    const specs = ENTITY_PROPERTIES[label]!;
    expect(specs.map((spec) => [spec.key, spec.kind, spec.required ?? false])).toEqual(
      Object.entries(properties).map(([key, property]) => [key, KIND[property.type], property.required ?? false]),
    );
    for (const spec of specs.filter((s) => s.kind === 'enum')) {
      expect(Object.keys(ENUM_LABELS[spec.enumName!] ?? {}).sort(), `${label}.${spec.key}`).toEqual([...properties[spec.key]!.values!].sort());
    }
    // The update mutation takes each of them.
    const input = schema.getType(`Update${label}Input`);
    if (!isInputObjectType(input)) throw new Error(`no Update${label}Input`);
    expect(specs.filter((spec) => !(spec.key in input.getFields())).map((spec) => spec.key)).toEqual([]);
  });

  it('turns a field’s text into the value the mutation takes, or says what is wrong with it', () => {
    const [businessType, hosted, , capital, countries] = ENTITY_PROPERTIES.Enterprise!;
    const kind = ENTITY_PROPERTIES.Platform![0]!;
    expect(parsePropertyText(hosted!, ' 2000 ')).toEqual({ value: 2000 });
    expect(parsePropertyText(hosted!, '2000多')).toEqual({ problem: 'edit.notInteger' });
    expect(parsePropertyText(hosted!, '2.5')).toEqual({ problem: 'edit.notInteger' });
    expect(parsePropertyText(hosted!, '3000000000')).toEqual({ problem: 'edit.notInteger' });
    expect(parsePropertyText(hosted!, '')).toEqual({ value: null });
    expect(parsePropertyText(capital!, '7120000000')).toEqual({ value: 7_120_000_000 });
    expect(parsePropertyText(capital!, '71.2亿')).toEqual({ problem: 'edit.notNumber' });
    expect(parsePropertyText(countries!, '美国\n\n 德国 \n')).toEqual({ value: ['美国', '德国'] });
    expect(parsePropertyText(businessType!, ' 众创空间 ')).toEqual({ value: '众创空间' });
    expect(parsePropertyText(kind, '')).toEqual({ problem: 'edit.required' });
    expect(parsePropertyText(kind, 'PORT')).toEqual({ value: 'PORT' });
    expect(propertyText(['美国', '德国'])).toBe('美国\n德国');
    expect(propertyText(null)).toBe('');
    expect(propertyText(1200)).toBe('1200');
  });
});
