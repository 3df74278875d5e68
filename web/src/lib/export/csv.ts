// A table as CSV (RFC 4180, CRLF line ends), for spreadsheets.
import { csvCell } from '../csv.js';
import type { ExportTable } from './table.js';

export function tableCsv(table: ExportTable): string {
  const lines = [table.columns, ...table.rows];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
