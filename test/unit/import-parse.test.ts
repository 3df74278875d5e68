import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { dataModel } from '../../src/model/model.js';
import { importFields } from '../../src/ingest/import/fields.js';
import { cellValue, formatOf, type ImportFormat, parseImport } from '../../src/ingest/import/parse.js';

const fields = importFields(dataModel());
const parse = (format: ImportFormat, text: string) => parseImport(`rows.${format}`, text, format, fields);
const fileErrors = (format: ImportFormat, text: string) => parse(format, text).errors.map((e) => `${e.entry}: ${e.reason}`);

const zbj = { name: '猪八戒网', nameEn: 'Zhubajie', sourceNote: 'visit' };

describe('the fields a row may have', () => {
  it('follow data/model.yaml: Enterprise properties, and a link field per type that may start at an Enterprise', () => {
    expect(Object.keys(fields.properties)).toContain('registeredEmployees');
    expect([...fields.links.values()].map((l) => `${l.field} ${l.type}`).sort()).toEqual([
      'applies APPLIES',
      'contributesTo CONTRIBUTES_TO',
      'cooperatesWith COOPERATES_WITH',
      'expandsTo EXPANDS_TO',
      'industries IN_INDUSTRY',
      'locatedIn LOCATED_IN',
      'runs RUNS',
    ]);
    expect(fields.links.get('cooperatesWith')!.symmetric).toBe(true);
  });
});

describe('formatOf', () => {
  it.each([
    ['a.json', 'json'],
    ['dir/a.CSV', 'csv'],
    ['a.yaml', 'yaml'],
    ['a.yml', 'yaml'],
    ['a.txt', undefined],
    ['json', undefined],
  ])('%s → %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });
});

describe('JSON files', () => {
  it('hold a list of rows, or { enterprises: [...] }, numbered from 1', () => {
    for (const text of [JSON.stringify([zbj, zbj]), JSON.stringify({ enterprises: [zbj, zbj] })]) {
      const parsed = parse('json', text);
      expect(parsed.errors).toEqual([]);
      expect(parsed.rows.map((r) => [r.row, r.line, r.values])).toEqual([
        [1, undefined, zbj],
        [2, undefined, zbj],
      ]);
    }
  });

  it('keep a row that is not an object, with the problem named', () => {
    const parsed = parse('json', JSON.stringify([zbj, 42, null, ['a']]));
    expect(parsed.rows.map((r) => r.problems)).toEqual([
      [],
      ['must be an object with the fields of an enterprise, not number 42'],
      ['must be an object with the fields of an enterprise, not an empty entry'],
      ['must be an object with the fields of an enterprise, not a list'],
    ]);
  });

  it.each([
    ['{"companies": []}', 'unknown top-level key companies'],
    ['{"enterprises": {}}', '"enterprises" must be a list'],
    ['42', 'the file must hold a list of enterprises'],
    ['[]', 'the file holds no enterprises'],
  ])('reject the shape %s', (text, reason) => {
    expect(fileErrors('json', text)).toEqual([expect.stringContaining(reason)]);
  });

  it('name the line of a syntax error', () => {
    expect(fileErrors('json', '[\n  {"name": "a",}\n]')).toEqual([expect.stringMatching(/^\(file\): JSON: .*line 2/)]);
  });
});

describe('YAML files', () => {
  it('give each row the line it starts on', () => {
    const text = `# enterprises\nenterprises:\n  - name: 甲\n    nameEn: A\n\n  - name: 乙\n    nameEn: B\n`;
    expect(parse('yaml', text).rows.map((r) => [r.row, r.line, r.values!.name])).toEqual([
      [1, 3, '甲'],
      [2, 6, '乙'],
    ]);
  });

  it('read plain YAML values: dates and yes/no stay text', () => {
    const [row] = parse('yaml', stringify([{ ...zbj, summary: '2020-04-23' }]).replace('visit', 'yes')).rows;
    expect(row!.values!).toMatchObject({ summary: '2020-04-23', sourceNote: 'yes' });
  });

  it('report syntax errors and duplicate keys with their line', () => {
    expect(fileErrors('yaml', '- name: a\n  name: b\n')).toEqual(['(file): YAML: Map keys must be unique at line 2, column 3']);
    expect(fileErrors('yaml', '')).toEqual(['(file): the file holds no enterprises']);
  });
});

describe('CSV files', () => {
  const csv = (...lines: string[]) => parse('csv', `${lines.join('\n')}\n`);

  it('split list columns on |, type cells by the model, and leave empty cells out', () => {
    const parsed = csv(
      'name,nameEn,nameEnOfficial,aliases,registeredEmployees,registeredCapitalYuan,hostedEnterpriseOriginCountries,industries,summary',
      '甲,A,TRUE, a | b ||,42,7120000000,美国|日本,industry:automotive|industry:finance,',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toEqual({
      row: 1,
      line: 2,
      problems: [],
      values: {
        name: '甲',
        nameEn: 'A',
        nameEnOfficial: true,
        aliases: ['a', 'b'],
        registeredEmployees: 42,
        registeredCapitalYuan: 7_120_000_000,
        hostedEnterpriseOriginCountries: ['美国', '日本'],
        industries: ['industry:automotive', 'industry:finance'],
      },
    });
  });

  it('give <link>.<property> columns to every id of the link', () => {
    const [row] = csv('name,locatedIn,locatedIn.basis,locatedIn.prospective', '甲,new-area:tianfu|region:chengdu,NAME,true').rows;
    expect(row!.values!.locatedIn).toEqual([
      { id: 'new-area:tianfu', basis: 'NAME', prospective: true },
      { id: 'region:chengdu', basis: 'NAME', prospective: true },
    ]);
  });

  it('name link properties given without ids', () => {
    expect(csv('name,locatedIn,locatedIn.basis', '甲,,NAME').rows[0]!.problems).toEqual(['locatedIn.basis: given, but locatedIn is empty']);
  });

  it('number rows from 1 and give the line each starts on, past blank lines and multi-line cells', () => {
    const parsed = csv('name,summary', '甲,"one', 'two"', '', ',', '乙,x');
    expect(parsed.rows.map((r) => [r.row, r.line, r.values!.name])).toEqual([
      [1, 2, '甲'],
      [2, 6, '乙'],
    ]);
  });

  it('keep a cell that does not read as its type, for validation to name', () => {
    expect(csv('name,registeredEmployees,nameEnOfficial', '甲,"1,5",maybe').rows[0]!.values).toEqual({
      name: '甲',
      registeredEmployees: '1,5',
      nameEnOfficial: 'maybe',
    });
  });

  it('reject a header with unknown, duplicate, empty or ill-formed columns, naming each', () => {
    expect(fileErrors('csv', 'name,name,colour,,locatedIn.colour,owner.basis\n甲,乙,red,,x,y\n')).toEqual([
      '(file): column 2 (name): duplicate column, first at column 1',
      expect.stringMatching(/^\(file\): column 3 \(colour\): unknown column \(allowed: id, name, nameEn, .*industries/),
      '(file): column 4 (no name): every column needs a name in the header',
      '(file): column 5 (locatedIn.colour): LOCATED_IN has no property colour (it has: basis, prospective, note)',
      expect.stringMatching(/^\(file\): column 6 \(owner.basis\): owner is not a link column/),
    ]);
  });

  it('report a broken file with its line', () => {
    expect(fileErrors('csv', 'name,nameEn\n甲,A,extra\n')).toEqual([expect.stringMatching(/^\(file\): CSV: .*line 2/)]);
    expect(fileErrors('csv', 'name,nameEn\n"甲,A\n')).toEqual([expect.stringMatching(/^\(file\): CSV: Quote Not Closed/)]);
    expect(fileErrors('csv', 'name,nameEn\n')).toEqual(['(file): the file holds no enterprises']);
  });

  it('ignore a byte-order mark', () => {
    expect(parse('csv', '\uFEFFname\n甲\n').rows[0]!.values).toEqual({ name: '甲' });
  });
});

describe('cellValue', () => {
  it.each([
    ['12', 'int', 12],
    ['-3', 'int', -3],
    ['1.5', 'int', '1.5'],
    ['1.5', 'float', 1.5],
    ['7e9', 'float', 7e9],
    ['abc', 'float', 'abc'],
    ['True', 'boolean', true],
    ['false', 'boolean', false],
    ['yes', 'boolean', 'yes'],
    ['a|b', 'string[]', ['a', 'b']],
    ['a|b', 'string', 'a|b'],
  ] as const)('%s as %s → %j', (cell, type, value) => {
    expect(cellValue(cell, type)).toEqual(value);
  });
});
