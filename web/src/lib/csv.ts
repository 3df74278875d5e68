// The task × platform matrix as CSV (RFC 4180, CRLF), for spreadsheets. Pure, unit-tested in
// test/unit/web-csv.test.ts.

export interface MatrixRow {
  number: number;
  title: string;
  /** One cell per new area column, in column order: the platform names on that side. */
  sides: string[][];
  /** Platforms serving the task on no side. */
  withoutSide: string[];
  /** Names of the new areas with no platform on their side. */
  gaps: string[];
}

export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header: task number, task, one column per new area, platforms on no side, gaps. Names joined by "; ". */
export function matrixCsv(header: { number: string; task: string; areas: string[]; withoutSide: string; gaps: string }, rows: MatrixRow[]): string {
  const lines = [[header.number, header.task, ...header.areas, header.withoutSide, header.gaps]];
  for (const row of rows) {
    lines.push([String(row.number), row.title, ...row.sides.map((names) => names.join('; ')), row.withoutSide.join('; '), row.gaps.join('; ')]);
  }
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
