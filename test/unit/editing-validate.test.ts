import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dataModel } from '../../src/model/model.js';
import { editSource, entityIdFor, relationshipAllowed, validateCreate, validateLink, validateProgress, validateUpdate } from '../../src/editing/validate.js';
import { freeId, slugify } from '../../src/model/ids.js';

const model = dataModel();

/** The `extensions` of the GraphQLError `run` throws. */
function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a refusal');
}

describe('slugify and freeId', () => {
  it.each([
    ['Chengdu Science City', 'chengdu-science-city'],
    ['  Liangjiang Expo Centre (Phase II) ', 'liangjiang-expo-centre-phase-ii'],
    ['Café Zürich & Co.', 'cafe-zurich-co'],
    ['重庆', 'entity'],
    ['A--B__C', 'a-b-c'],
    ['x'.repeat(80), 'x'.repeat(60)],
    [`${'word '.repeat(20)}end`, 'word-word-word-word-word-word-word-word-word-word-word-word'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('appends -2, -3 … on a clash', () => {
    expect(freeId('person:li', [])).toBe('person:li');
    expect(freeId('person:li', ['person:li', 'person:li-2', 'person:li-hua'])).toBe('person:li-3');
  });

  it('checks client ids with the dataset rule and the label prefix', () => {
    expect(entityIdFor('CooperationArea', 'cooperation-area:x-1', 'input.id')).toBe('cooperation-area:x-1');
    expect(refusal(() => entityIdFor('Platform', 'project:x', 'input.id'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.id' });
    expect(refusal(() => entityIdFor('Platform', 'platform:X_1', 'input.id'))).toMatchObject({ argument: 'input.id' });
  });
});

describe('editSource', () => {
  it('takes exactly one of a citation and a note, trimmed', () => {
    expect(editSource({ note: '  said on the phone ' })).toEqual({ note: 'said on the phone' });
    expect(editSource({ citation: { source: 's', paragraph: 3, quote: ' 会展 ' } })).toEqual({ citation: { source: 's', paragraph: 3, quote: '会展' } });
    expect(refusal(() => editSource({}))).toMatchObject({ argument: 'input.source' });
    expect(refusal(() => editSource({ note: 'n', citation: { source: 's', paragraph: 1, quote: 'qq' } }))).toMatchObject({ argument: 'input.source' });
  });

  it.each([
    [{ note: 'x'.repeat(501) }, 'input.source.note'],
    [{ citation: { source: 's', paragraph: 0, quote: 'qq' } }, 'input.source.citation.paragraph'],
    [{ citation: { source: 's', paragraph: 1, quote: 'q' } }, 'input.source.citation.quote'],
    [{ citation: { source: 's', paragraph: 1, quote: 'q'.repeat(401) } }, 'input.source.citation.quote'],
    [{ citation: { source: ' ', paragraph: 1, quote: 'qq' } }, 'input.source.citation.source'],
  ])('refuses %o naming %s', (source, argument) => {
    expect(refusal(() => editSource(source))).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('validateCreate', () => {
  const base = { name: '园区', nameEn: 'Park', kind: 'INDUSTRIAL_PARK', source: { note: 'n' } };

  it('keeps the given properties, trimmed, with defaults for the common ones', () => {
    expect(validateCreate(model, 'Platform', { ...base, name: ' 园区 ', status: null, aliases: ['a', 'a', 'b'] })).toEqual({
      id: null,
      properties: { name: '园区', nameEn: 'Park', nameEnOfficial: false, aliases: ['a', 'b'], kind: 'INDUSTRIAL_PARK' },
      source: { note: 'n' },
    });
  });

  it.each([
    [{ name: '' }, 'input.name'],
    [{ name: '名'.repeat(201) }, 'input.name'],
    [{ nameEn: 'x'.repeat(301) }, 'input.nameEn'],
    [{ summary: 's'.repeat(1001) }, 'input.summary'],
    [{ aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }, 'input.aliases'],
    [{ kind: 'CASTLE' }, 'input.kind'],
    [{ kind: undefined }, 'input.kind'],
    [{ color: 'red' }, 'input.color'],
    [{ id: 'platform:Bad' }, 'input.id'],
    [{ name: '园\u0000区' }, 'input.name'],
    [{ nameEn: 'Park\u001b[31m' }, 'input.nameEn'],
    [{ aliases: ['ok', 'bad\u0007'] }, 'input.aliases[1]'],
    [{ source: { note: 'a\u0085b' } }, 'input.source.note'],
  ])('refuses %o naming %s', (override, argument) => {
    expect(refusal(() => validateCreate(model, 'Platform', { ...base, ...override }))).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('checks typed properties of the model: ints, floats, lists', () => {
    const enterprise = { name: '公司', nameEn: 'Co', source: { note: 'n' } };
    expect(validateCreate(model, 'Enterprise', { ...enterprise, registeredEmployees: 12, registeredCapitalYuan: 1.5 }).properties).toMatchObject({
      registeredEmployees: 12,
      registeredCapitalYuan: 1.5,
    });
    expect(refusal(() => validateCreate(model, 'Enterprise', { ...enterprise, registeredEmployees: 1.5 }))).toMatchObject({ argument: 'input.registeredEmployees' });
    expect(refusal(() => validateCreate(model, 'Enterprise', { ...enterprise, hostedEnterprisesAtLeast: -5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.hostedEnterprisesAtLeast',
    });
    expect(refusal(() => validateCreate(model, 'Enterprise', { ...enterprise, registeredCapitalYuan: 1e308 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.registeredCapitalYuan',
    });
    expect(validateCreate(model, 'Enterprise', { ...enterprise, summary: 'line one\nline two\ttab' }).properties).toMatchObject({
      summary: 'line one\nline two\ttab',
    });
    expect(refusal(() => validateCreate(model, 'Enterprise', { ...enterprise, hostedEnterpriseOriginCountries: [''] }))).toMatchObject({
      argument: 'input.hostedEnterpriseOriginCountries[0]',
    });
  });
});

describe('validateUpdate', () => {
  it('keeps only the given fields; null removes an optional one, clears aliases', () => {
    expect(validateUpdate(model, 'Platform', { id: 'platform:p', status: null, summary: null, aliases: null, source: { note: 'n' } }).changes).toEqual({
      status: null,
      summary: null,
      aliases: [],
    });
  });

  it.each([
    [{ kind: null }, 'input.kind'],
    [{ name: null }, 'input.name'],
    [{ nameEnOfficial: null }, 'input.nameEnOfficial'],
    [{}, 'input'],
    [{ id: 'enterprise:e', status: 'PLANNED' }, 'input.id'],
  ])('refuses %o naming %s', (override, argument) => {
    expect(refusal(() => validateUpdate(model, 'Platform', { id: 'platform:p', source: { note: 'n' }, ...override }))).toMatchObject({ argument });
  });
});

describe('validateLink and relationshipAllowed', () => {
  const link = { from: 'platform:a', type: 'LOCATED_IN', to: 'new-area:b', source: { note: 'n' } };

  it('keeps the properties of the type, required ones given', () => {
    expect(validateLink(model, { ...link, properties: { basis: 'STATED', prospective: true, note: null } }).properties).toEqual({ basis: 'STATED', prospective: true });
  });

  it.each([
    [{ properties: {} }, 'input.properties.basis'],
    [{ properties: { basis: 'MATCHING_TEXT' } }, 'input.properties.basis'],
    [{ properties: { basis: 'STATED', role: 'x' } }, 'input.properties.role'],
    [{ properties: { basis: 'STATED', prospective: 'yes' } }, 'input.properties.prospective'],
    [{ to: 'platform:a', properties: { basis: 'STATED' } }, 'input.to'],
    [{ type: 'KNOWS' }, 'input.type'],
  ])('refuses %o naming %s', (override, argument) => {
    expect(refusal(() => validateLink(model, { ...link, ...override }))).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('follows the labels model.yaml allows at each end', () => {
    expect(relationshipAllowed(model, 'SERVES', 'Platform', 'Task')).toBeUndefined();
    expect(relationshipAllowed(model, 'SERVES', 'Enterprise', 'Task')).toBe('SERVES may not start at a Enterprise (allowed: Platform)');
    expect(relationshipAllowed(model, 'SERVES', 'Platform', 'Person')).toMatch(/may not end at a Person/);
  });
});

describe('validateProgress', () => {
  const progress = { entityId: 'task:2020-01', date: '2020-09-15', note: ' 推进中 ', source: { note: 'n' } };
  it('trims and keeps the status for the database to check against the label', () => {
    expect(validateProgress({ ...progress, status: 'DONE' })).toEqual({ ...progress, note: '推进中', status: 'DONE', source: { note: 'n' } });
  });
  it.each([
    [{ date: '2020-02-30' }, 'input.date'],
    [{ date: '2020-9-15' }, 'input.date'],
    [{ note: '' }, 'input.note'],
    [{ entityId: ' ' }, 'input.entityId'],
  ])('refuses %o naming %s', (override, argument) => {
    expect(refusal(() => validateProgress({ ...progress, ...override }))).toMatchObject({ argument });
  });
});
