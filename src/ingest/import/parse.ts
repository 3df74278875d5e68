import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { PropertySpec, ValidationError } from '../../model/dataset-schema.js';
import type { ImportFields } from './fields.js';

export const IMPORT_FORMATS = ['json', 'yaml', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One row of the file before validation: its position and its fields as the format gives them. */
export interface RawRow {
  /** 1-based position among the rows. */
  row: number;
  /** 1-based line where the row starts (CSV and YAML; JSON rows have none). */
  line?: number;
  /** The row's fields; undefined when the row is not an object (a number, a list, null). */
  values: Record<string, unknown> | undefined;
  /** Problems found while reading the row (e.g. CSV link properties without ids), reported with the row. */
  problems: string[];
}

export interface ParsedImport {
  format: ImportFormat;
  rows: RawRow[];
  /** Problems with the file as a whole (syntax, shape, CSV header); rows are not validated when there are any. */
  errors: ValidationError[];
}

/** In a CSV cell, lists (aliases, link ids, string[] properties) are separated by this. */
export const CSV_LIST_SEPARATOR = '|';

export function formatOf(file: string): ImportFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'csv') return ext;
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  return undefined;
}

/** Parses an import file into rows. Never throws on bad input: every problem is returned. */
export function parseImport(file: string, text: string, format: ImportFormat, fields: ImportFields): ParsedImport {
  const errors: ValidationError[] = [];
  const fail = (reason: string) => errors.push({ file, entry: '(file)', reason });
  let rows: RawRow[] = [];
  if (format === 'csv') rows = parseCsvRows(text, fields, fail);
  else if (format === 'json') rows = parseJsonRows(text, fail);
  else rows = parseYamlRows(text, fail);
  if (errors.length === 0 && rows.length === 0) fail('the file holds no enterprises');
  return { format, rows, errors };
}

const SHAPE = 'the file must hold a list of enterprises, or an object with the single key "enterprises" holding that list';

/** The list of rows of a parsed JSON or YAML document, or undefined after reporting why not. */
function rowList(data: unknown, fail: (reason: string) => void): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data !== null && typeof data === 'object') {
    const keys = Object.keys(data);
    const extra = keys.filter((key) => key !== 'enterprises');
    if (extra.length > 0) fail(`unknown top-level key ${extra.join(', ')}: ${SHAPE}`);
    else if (!Array.isArray((data as { enterprises?: unknown }).enterprises)) fail(`"enterprises" must be a list: ${SHAPE}`);
    else return (data as { enterprises: unknown[] }).enterprises;
    return undefined;
  }
  fail(data === null || data === undefined ? 'the file holds no enterprises' : SHAPE);
  return undefined;
}

function toRows(items: unknown[], lines: (number | undefined)[] = []): RawRow[] {
  return items.map((item, i) => {
    const isObject = item !== null && typeof item === 'object' && !Array.isArray(item);
    const row: RawRow = {
      row: i + 1,
      values: isObject ? (item as Record<string, unknown>) : undefined,
      problems: isObject ? [] : [`must be an object with the fields of an enterprise, not ${describe(item)}`],
    };
    if (lines[i] !== undefined) row.line = lines[i];
    return row;
  });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty entry';
  if (Array.isArray(value)) return 'a list';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function parseJsonRows(text: string, fail: (reason: string) => void): RawRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position && !/\(line \d+/.test(message) ? ` (line ${lineAt(text, Number(position[1]))})` : '';
    fail(`JSON: ${message}${where}`);
    return [];
  }
  const items = rowList(data, fail);
  return items ? toRows(items) : [];
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseYamlRows(text: string, fail: (reason: string) => void): RawRow[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    // The first line of each message says where: "… at line 2, column 3:".
    for (const error of doc.errors) fail(`YAML: ${error.message.split('\n')[0]!.replace(/:$/, '')}`);
    return [];
  }
  const items = rowList(doc.toJS(), fail);
  if (!items) return [];
  let seq: unknown = doc.contents;
  if (isMap(seq)) seq = seq.get('enterprises', true);
  const lines = isSeq(seq)
    ? seq.items.map((item) => {
        const start = (item as { range?: [number, number, number] } | null)?.range?.[0];
        return start === undefined ? undefined : lineCounter.linePos(start).line;
      })
    : [];
  return toRows(items, lines);
}

/** Splits a `|`-separated cell into its trimmed, non-empty parts. */
export function splitList(cell: string): string[] {
  return cell
    .split(CSV_LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * A CSV cell as the value its spec expects. A cell that does not read as that type is kept as
 * text, so that validation reports it with the same words as for JSON and YAML.
 */
export function cellValue(cell: string, type: PropertySpec['type']): unknown {
  switch (type) {
    case 'int':
      return /^[+-]?\d+$/.test(cell) ? Number(cell) : cell;
    case 'float': {
      const n = Number(cell);
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell) && Number.isFinite(n) ? n : cell;
    }
    case 'boolean':
      return /^true$/i.test(cell) ? true : /^false$/i.test(cell) ? false : cell;
    case 'string[]':
      return splitList(cell);
    default:
      return cell;
  }
}

/** How each CSV column becomes a row field. */
type Column =
  | { kind: 'base' | 'property'; name: string; type: PropertySpec['type'] }
  | { kind: 'link'; name: string }
  | { kind: 'linkProperty'; name: string; link: string; property: string; type: PropertySpec['type'] };

const BASE_TYPES: Record<string, PropertySpec['type']> = {
  nameEnOfficial: 'boolean',
  aliases: 'string[]',
  paragraph: 'int',
};

function csvColumns(header: string[], fields: ImportFields, fail: (reason: string) => void): Column[] | undefined {
  const columns: Column[] = [];
  let ok = true;
  header.forEach((name, i) => {
    const problem = (reason: string) => {
      ok = false;
      fail(`column ${i + 1} (${name === '' ? 'no name' : name}): ${reason}`);
    };
    if (name === '') return problem('every column needs a name in the header');
    if (header.indexOf(name) !== i) return problem(`duplicate column, first at column ${header.indexOf(name) + 1}`);
    const dot = name.indexOf('.');
    if (dot > 0) {
      const link = fields.links.get(name.slice(0, dot));
      const property = name.slice(dot + 1);
      if (!link) return problem(`${name.slice(0, dot)} is not a link column (links: ${[...fields.links.keys()].join(', ')})`);
      const spec = link.properties[property];
      if (!spec) {
        const declared = Object.keys(link.properties);
        return problem(`${link.type} has no property ${property} (it has: ${declared.join(', ') || 'none'})`);
      }
      columns.push({ kind: 'linkProperty', name, link: link.field, property, type: spec.type });
      return;
    }
    if (fields.links.has(name)) columns.push({ kind: 'link', name });
    else if (fields.properties[name]) columns.push({ kind: 'property', name, type: fields.properties[name].type });
    else if ((fields.allowed as string[]).includes(name)) columns.push({ kind: 'base', name, type: BASE_TYPES[name] ?? 'string' });
    else problem(`unknown column (allowed: ${fields.allowed.join(', ')}, and <link>.<property> for relationship properties)`);
  });
  return ok ? columns : undefined;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

function parseCsvRows(text: string, fields: ImportFields, fail: (reason: string) => void): RawRow[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(text, { bom: true, info: true, raw: true, skip_empty_lines: true, trim: true }) as unknown as CsvRecord[];
  } catch (error) {
    fail(`CSV: ${(error as Error).message}`);
    return [];
  }
  const [header, ...body] = records;
  if (!header) return [];
  const columns = csvColumns(header.record, fields, fail);
  if (!columns) return [];
  const rows: RawRow[] = [];
  for (const { record, info, raw } of body) {
    if (record.every((cell) => cell === '')) continue;
    // info.lines is the line the record ends on; a quoted cell may span several.
    const spanned = (raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
    const values: Record<string, unknown> = {};
    const linkProperties = new Map<string, Record<string, unknown>>();
    columns.forEach((column, i) => {
      const cell = record[i] ?? '';
      if (cell === '') return;
      if (column.kind === 'link') values[column.name] = splitList(cell);
      else if (column.kind === 'linkProperty') {
        const props = linkProperties.get(column.link) ?? {};
        props[column.property] = cellValue(cell, column.type);
        linkProperties.set(column.link, props);
      } else values[column.name] = cellValue(cell, column.type);
    });
    const problems: string[] = [];
    for (const [link, props] of linkProperties) {
      const ids = values[link] as string[] | undefined;
      if (ids) values[link] = ids.map((id) => ({ id, ...props }));
      else for (const property of Object.keys(props)) problems.push(`${link}.${property}: given, but ${link} is empty`);
    }
    rows.push({ row: rows.length + 1, line: info.lines - spanned, values, problems });
  }
  return rows;
}
