/**
 * The CSV dialect of Neo4j's bulk importer: a header of typed columns (`name:long`,
 * `aliases:string[]`), fields separated by commas, strings in double quotes (a quote doubled),
 * array elements joined by BULK_ARRAY_DELIMITER, an empty field for a property not set.
 */
import { BULK_ARRAY_DELIMITER } from '../../db/bulk-import.js';
import type { Properties, Value } from '../../ingest/properties.js';
import neo4j from 'neo4j-driver';

export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]';

export interface Column {
  key: string;
  type: ColumnType;
}

/** The importer's type for a stored value; null for null and for an empty list (which it cannot tell). */
export function columnTypeOf(value: Value): ColumnType | null {
  if (value === null) return null;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'double';
  if (neo4j.isInt(value)) return 'long';
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return typeof value[0] === 'string' ? 'string[]' : 'long[]';
  }
  throw new Error(`no bulk import type for ${JSON.stringify(value)}`);
}

/** Collects the columns of a set of rows, in the order their keys first appear; one type per key. */
export class ColumnSet {
  readonly #types = new Map<string, ColumnType | null>();

  add(properties: Properties): void {
    for (const [key, value] of Object.entries(properties)) {
      const type = columnTypeOf(value);
      const known = this.#types.get(key);
      if (known === undefined || known === null) this.#types.set(key, type);
      else if (type !== null && type !== known) throw new Error(`property ${key} is both ${known} and ${type}`);
    }
  }

  /** Keys only ever null or an empty list are left out: the importer would not store them either way. */
  columns(): Column[] {
    return [...this.#types].filter((entry): entry is [string, ColumnType] => entry[1] !== null).map(([key, type]) => ({ key, type }));
  }
}

function checked(text: string, what: string): string {
  if (/[\r\n]/.test(text) || text.includes(BULK_ARRAY_DELIMITER)) {
    throw new Error(`${what} holds a line break or the array delimiter, which the bulk import files do not carry: ${JSON.stringify(text)}`);
  }
  return text;
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function quotedValue(text: string, what: string): string {
  return quoted(checked(text, what));
}

function quotedList(elements: readonly string[], what: string): string {
  return quoted(elements.map((element) => checked(element, what)).join(BULK_ARRAY_DELIMITER));
}

export function csvField(value: Value | undefined, column: Column): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    return quotedList(value.map((element) => String(element)), column.key);
  }
  if (typeof value === 'string') return quotedValue(value, column.key);
  if (typeof value === 'number' && column.type === 'double' && !Number.isFinite(value)) {
    throw new Error(`property ${column.key} is not a finite number: ${value}`);
  }
  return String(value);
}

export function headerCell(column: Column): string {
  return `${column.key}:${column.type}`;
}

/** A node row: its id (stored as the `id` property), its labels, its properties in column order. */
export function nodeLine(id: string, labels: readonly string[], properties: Properties, columns: readonly Column[]): string {
  const fields = [quotedValue(id, 'id'), quotedList(labels, 'labels')];
  for (const column of columns) fields.push(csvField(properties[column.key], column));
  return `${fields.join(',')}\n`;
}

export function nodeHeader(columns: readonly Column[]): string {
  return `${['id:ID', ':LABEL', ...columns.map(headerCell)].join(',')}\n`;
}

export function relationshipLine(from: string, to: string, type: string, properties: Properties, columns: readonly Column[]): string {
  const fields = [quotedValue(from, 'start id'), quotedValue(to, 'end id'), quotedValue(type, 'type')];
  for (const column of columns) fields.push(csvField(properties[column.key], column));
  return `${fields.join(',')}\n`;
}

export function relationshipHeader(columns: readonly Column[]): string {
  return `${[':START_ID', ':END_ID', ':TYPE', ...columns.map(headerCell)].join(',')}\n`;
}
