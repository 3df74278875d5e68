import { describe, expect, it } from 'vitest';
import { dataModel } from '../../src/model/model.js';
import { formatValidationError } from '../../src/model/dataset-schema.js';
import { importFields } from '../../src/ingest/import/fields.js';
import { parseImport } from '../../src/ingest/import/parse.js';
import { derivedId, validateRows } from '../../src/ingest/import/rows.js';

const fields = importFields(dataModel());

function validate(rows: Record<string, unknown>[]) {
  return validateRows('rows.json', parseImport('rows.json', JSON.stringify(rows), 'json', fields).rows, fields);
}

const errorsOf = (rows: Record<string, unknown>[]) => validate(rows).errors.map(formatValidationError);

const row = (overrides: Record<string, unknown> = {}) => ({
  name: '渝蓉科技',
  nameEn: 'Yurong Tech',
  sourceNote: 'trade fair 2026-03 visit',
  ...overrides,
});

describe('a valid row', () => {
  it('gets the id enterprise:<slug of nameEn>, and only the fields it gives', () => {
    const { rows, errors } = validate([
      row({
        aliases: ['渝蓉'],
        registeredEmployees: 12,
        industries: ['industry:automotive'],
        locatedIn: [{ id: 'new-area:tianfu', basis: 'STATED', note: null }],
      }),
    ]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 1,
        entry: 'row 1 (enterprise:yurong-tech)',
        id: 'enterprise:yurong-tech',
        name: '渝蓉科技',
        nameEn: 'Yurong Tech',
        aliases: ['渝蓉'],
        properties: { registeredEmployees: 12 },
        links: [
          { field: 'locatedIn', index: 0, type: 'LOCATED_IN', to: 'new-area:tianfu', properties: { basis: 'STATED' } },
          { field: 'industries', index: 0, type: 'IN_INDUSTRY', to: 'industry:automotive', properties: {} },
        ],
        sourceNote: 'trade fair 2026-03 visit',
      },
    ]);
  });

  it('may carry a citation instead of a note, and keeps a given id', () => {
    const [valid] = validate([
      row({ id: 'enterprise:yr', sourceNote: undefined, source: 'liangjiang-tianfu-agreement', paragraph: 26, quote: '猪八戒' }),
    ]).rows;
    expect(valid).toMatchObject({ id: 'enterprise:yr', citation: { source: 'liangjiang-tianfu-agreement', paragraph: 26, quote: '猪八戒' } });
  });
});

describe('derivedId', () => {
  it.each([
    ['Zhubajie (ZBJ.com)', 'enterprise:zhubajie-zbj-com'],
    ['Société Générale', 'enterprise:societe-generale'],
    ['猪八戒网', undefined],
  ])('%s → %s', (nameEn, id) => {
    expect(derivedId('enterprise:', nameEn)).toBe(id);
  });
});

describe('row errors', () => {
  it.each([
    [{ name: undefined }, 'row 1 (enterprise:yurong-tech): name: required'],
    [{ nameEn: '渝蓉科技' }, 'row 1 (渝蓉科技): id: none given, and nameEn "渝蓉科技" has no letters or digits to derive one from'],
    [{ id: 'Enterprise:Y' }, 'row 1 (渝蓉科技): id: must read <label-in-kebab-case>:<slug>'],
    [{ id: 'platform:y' }, 'row 1 (platform:y): id: must start with "enterprise:"'],
    [{ name: 'x'.repeat(201) }, 'row 1 (enterprise:yurong-tech): name: Too big: expected string to have <=200 characters'],
    [{ colour: 'red' }, expect.stringMatching(/^rows.json: row 1 \(enterprise:yurong-tech\): unknown field colour \(allowed: id, name, /)],
    [{ registeredEmployees: 1.5 }, 'row 1 (enterprise:yurong-tech): property registeredEmployees must be a whole number'],
    [{ sourceNote: undefined }, expect.stringContaining('provenance: give a citation (source, paragraph, quote) or a sourceNote')],
    [{ paragraph: 3, quote: '猪八戒' }, 'row 1 (enterprise:yurong-tech): source: required with paragraph and quote (a citation is source, paragraph and quote)'],
    [{ industries: 'industry:automotive' }, 'row 1 (enterprise:yurong-tech): industries: must be a list of ids'],
    [{ locatedIn: 'region:chengdu' }, 'row 1 (enterprise:yurong-tech): locatedIn: must be a list of ids or of objects { id, basis, prospective, note }'],
    [{ industries: [{ name: 'x' }] }, 'row 1 (enterprise:yurong-tech): industries[0]: must be an id, or an object with an id'],
    [{ industries: ['Automotive'] }, 'row 1 (enterprise:yurong-tech): industries[0] (Automotive): must read <label-in-kebab-case>:<slug>'],
    [{ industries: ['region:chengdu'] }, 'row 1 (enterprise:yurong-tech): industries[0] (region:chengdu): IN_INDUSTRY may not end at a Region (allowed: Industry)'],
    [{ industries: ['widget:x'] }, 'row 1 (enterprise:yurong-tech): industries[0] (widget:x): no label has the id prefix "widget:"'],
    [
      { industries: ['industry:automotive', 'industry:automotive'] },
      'row 1 (enterprise:yurong-tech): industries[1] (industry:automotive): listed twice',
    ],
    [
      { cooperatesWith: [{ id: 'enterprise:yurong-tech', basis: 'INTENDED' }] },
      'row 1 (enterprise:yurong-tech): cooperatesWith[0] (enterprise:yurong-tech): an enterprise cannot be linked to itself',
    ],
    [{ locatedIn: ['region:chengdu'] }, 'row 1 (enterprise:yurong-tech): locatedIn[0] (region:chengdu): property basis is required for LOCATED_IN'],
    [
      { expandsTo: [{ id: 'region:chengdu', stage: 'SOON' }] },
      'row 1 (enterprise:yurong-tech): expandsTo[0] (region:chengdu): property stage must be one of ANNOUNCED, PLANNED, PREPARING',
    ],
  ])('%j → %s', (overrides, message) => {
    const errors = errorsOf([row(overrides)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual(typeof message === 'string' ? `rows.json: ${message}` : message);
  });

  it('are all reported at once, each naming its row, line and field', () => {
    const csv = [
      'name,nameEn,registeredEmployees,industries,sourceNote',
      '甲,Alpha,10,industry:automotive,note',
      '乙,Beta,many,industry:automotive|region:chengdu,',
      ',Gamma,3,,note',
    ].join('\n');
    const { rows, errors } = validateRows('rows.csv', parseImport('rows.csv', csv, 'csv', fields).rows, fields);
    expect(rows.map((r) => r.id)).toEqual(['enterprise:alpha']);
    expect(errors.map(formatValidationError)).toEqual([
      'rows.csv: row 2 (line 3, enterprise:beta): property registeredEmployees must be a whole number',
      'rows.csv: row 2 (line 3, enterprise:beta): industries[1] (region:chengdu): IN_INDUSTRY may not end at a Region (allowed: Industry)',
      expect.stringContaining('rows.csv: row 2 (line 3, enterprise:beta): provenance:'),
      'rows.csv: row 3 (line 4, enterprise:gamma): name: required',
    ]);
  });

  it('name duplicate ids and names (ignoring case) with the row that came first', () => {
    expect(errorsOf([row(), row({ name: '别名' }), row({ nameEn: 'Other', name: '渝蓉科技' }), row({ nameEn: 'Third', name: 'ABC' }), row({ nameEn: 'Fourth', name: 'abc' })])).toEqual([
      'rows.json: row 2 (enterprise:yurong-tech): id enterprise:yurong-tech (derived from nameEn): also the id of row 1',
      'rows.json: row 3 (enterprise:other): name 渝蓉科技: also the name of row 1 (names are compared ignoring case)',
      'rows.json: row 5 (enterprise:fourth): name abc: also the name of row 4 (names are compared ignoring case)',
    ]);
  });

  it('name a pair that cooperates given from both sides, since it is stored once', () => {
    expect(
      errorsOf([
        row({ cooperatesWith: [{ id: 'enterprise:other', basis: 'INTENDED' }] }),
        row({ name: '他', nameEn: 'Other', cooperatesWith: [{ id: 'enterprise:yurong-tech', basis: 'ONGOING' }] }),
      ]),
    ).toEqual([
      'rows.json: row 2 (enterprise:other): cooperatesWith[0] (enterprise:yurong-tech): row 1 already links this pair (COOPERATES_WITH is stored once per pair)',
    ]);
  });

  it('keep the id of a broken row, so that links to it are not also called missing', () => {
    const { fileIds } = validate([row({ registeredEmployees: 'many' })]);
    expect([...fileIds]).toEqual(['enterprise:yurong-tech']);
  });
});
