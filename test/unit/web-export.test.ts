import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../web/src/lib/csv.js';
import { tableCsv } from '../../web/src/lib/export/csv.js';
import { graphTables, searchTable } from '../../web/src/lib/export/entity-tables.js';
import { coverageTable, partnersTable, pathsTable } from '../../web/src/lib/export/result-tables.js';
import { citationCells } from '../../web/src/lib/export/table.js';
import { tablesXlsx } from '../../web/src/lib/export/xlsx.js';

const SOURCE = { id: 'liangjiang-tianfu-agreement', title: '两江新区与天府新区签署战略合作协议' };
const cite = (paragraph: number) => ({ paragraph, source: SOURCE });
const ref = (__typename: string, id: string, name: string, nameEn: string) => ({ __typename, id, name, nameEn });
const LIANGJIANG = ref('NewArea', 'new-area:liangjiang', '两江新区', 'Liangjiang New Area');
const TIANFU = ref('NewArea', 'new-area:tianfu', '天府新区', 'Tianfu New Area');
const EXPO = ref('Platform', 'platform:chongqing-international-expo-center', '重庆国际博览中心', 'Chongqing International Expo Center');
const ZBJ = ref('Enterprise', 'enterprise:zhubajie', '猪八戒网', 'ZBJ.com');

describe('CSV cells and tables', () => {
  it.each([
    ['会展协同', '会展协同'],
    ['a,b', '"a,b"'],
    ['“一城多园”"模式"', '"“一城多园”""模式"""'],
    ['two\nlines', '"two\nlines"'],
    [3, '3'],
  ])('csvCell(%j) is %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('a table is its header then its rows, CRLF line ends, and parses back to the same cells', () => {
    const table = { file: 't', sheet: 'T', columns: ['名称', 'note'], rows: [['a,b', 1], ['“引”"号"', 'x\ny']] };
    const csv = tableCsv(table);
    expect(csv.startsWith('名称,note\r\n"a,b",1\r\n')).toBe(true);
    expect(parse(csv)).toEqual([['名称', 'note'], ['a,b', '1'], ['“引”"号"', 'x\ny']]);
  });
});

describe('citation columns', () => {
  it('paragraph numbers once each and in order; source titles once each', () => {
    expect(citationCells([cite(45), cite(12), cite(45)])).toEqual(['12; 45', SOURCE.title]);
    expect(citationCells([])).toEqual(['', '']);
  });
});

describe('tables of each view, in the chosen language', () => {
  it('search results: the names in both languages, how each matched, the summary and the citations', () => {
    const extras = new Map([[EXPO.id, { summary: '会展平台。', summaryEn: 'An expo platform.', citations: [cite(12), cite(45)] }]]);
    const zh = searchTable([{ matchedOn: 'NAME', entity: EXPO }], extras, 'zh');
    expect(zh.columns).toEqual(['序号', '类型', '名称', '英文名', '匹配方式', '简介', '出处段落', '出处文献']);
    expect(zh.rows).toEqual([[1, '平台', '重庆国际博览中心', 'Chongqing International Expo Center', '名称', '会展平台。', '12; 45', SOURCE.title]]);
    const en = searchTable([{ matchedOn: 'NAME', entity: EXPO }], extras, 'en');
    expect(en.columns).toEqual(['No.', 'Type', 'Name', 'Chinese name', 'Matched on', 'Summary', 'Paragraphs cited', 'Source']);
    expect(en.rows[0]!.slice(1, 6)).toEqual(['Platform', 'Chongqing International Expo Center', '重庆国际博览中心', 'name', 'An expo platform.']);
  });

  it('the graph: nodes with their side and degree in the view; relationships by the names of their ends', () => {
    const nodes = [
      { ...ZBJ, side: { placement: 'ONE' as const, newAreas: [{ id: LIANGJIANG.id }] } },
      { ...TIANFU, side: { placement: 'ONE' as const, newAreas: [{ id: TIANFU.id }] } },
    ];
    const edges = [{ id: 'enterprise:zhubajie-EXPANDS_TO->new-area:tianfu', type: 'EXPANDS_TO', source: ZBJ.id, target: TIANFU.id, detail: 'ANNOUNCED' }];
    const [nodeTable, edgeTable] = graphTables(nodes, edges, [LIANGJIANG, TIANFU], new Map(), new Map([[edges[0]!.id, [cite(73)]]]), 'zh');
    expect(nodeTable!.rows.map((row) => row.slice(2, 6))).toEqual([
      ['猪八戒网', 'ZBJ.com', '两江新区', 1],
      ['天府新区', 'Tianfu New Area', '天府新区', 1],
    ]);
    expect(edgeTable!.columns).toEqual(['序号', '主体', '关系', '客体', '出处段落', '出处文献']);
    expect(edgeTable!.rows).toEqual([[1, '猪八戒网', '拓展至（已发布）', '天府新区', '73', SOURCE.title]]);
  });

  it('paths: one row per step, subject first in words', () => {
    const table = pathsTable(
      [{ length: 1, steps: [{ from: ZBJ, to: TIANFU, type: 'EXPANDS_TO', direction: 'FORWARD', detail: null, citations: [cite(73)] }] }],
      'en',
    );
    expect(table.rows).toEqual([[1, 1, 1, 'ZBJ.com', '—expands to→', 'Tianfu New Area', 'ZBJ.com expands to Tianfu New Area', '73', SOURCE.title]]);
  });

  it('partners: rank, score, each reason with its weight and the citations of all reasons', () => {
    const table = partnersTable([{ score: 3, entity: EXPO, reasons: [{ kind: 'SHARED_TASK', weight: 3, via: TIANFU, citations: [cite(45), cite(12)] }] }], 'zh');
    expect(table.rows[0]!.slice(0, 5)).toEqual([1, '平台', '重庆国际博览中心', 'Chongqing International Expo Center', 3]);
    expect(table.rows[0]!.slice(5)).toEqual(['+3 共同任务：天府新区', '12; 45', SOURCE.title]);
  });

  it('task coverage: one column per new area, platforms on no side, gaps with their reason, the task’s paragraphs', () => {
    const table = coverageTable(
      [
        {
          task: { name: '会展协同', nameEn: 'Expo cooperation', number: 3, year: 2020, title: '会展协同', citations: [cite(45)] },
          sides: [
            { newArea: LIANGJIANG, platforms: [EXPO] },
            { newArea: TIANFU, platforms: [] },
          ],
          gapReasons: [{ newArea: { id: TIANFU.id }, reason: 'NONE_NAMED_ON_THIS_SIDE' }],
          platformsWithoutSide: [],
        },
      ],
      'zh',
    );
    expect(table.columns).toEqual(['#', '重点任务', '两江新区一侧', '天府新区一侧', '未归属任何一方的平台', '缺口', '出处段落', '出处文献']);
    expect(table.rows).toEqual([[3, '会展协同', '重庆国际博览中心', '', '', '天府新区：文中未提及这一侧的平台', '45', SOURCE.title]]);
  });
});

describe('XLSX', () => {
  it('one sheet per table, header in bold, re-opened by exceljs with the same cells', async () => {
    const tables = [
      { file: 'a', sheet: '节点', columns: ['名称', '图中关系数'], rows: [['猪八戒网', 2]] },
      { file: 'b', sheet: 'Bad/name:[x]', columns: ['x'], rows: [['y']] },
    ];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tablesXlsx(tables));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['节点', 'Bad name  x ']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '名称', '图中关系数']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, '猪八戒网', 2]);
  });
});
