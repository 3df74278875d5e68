// Tables as one XLSX workbook, a sheet each. exceljs is loaded only when a workbook is asked for,
// so the explorer's first load does not carry it.
import type { ExportTable } from './table.js';

/** Excel's limits on a sheet name: at most 31 characters, none of \ / ? * [ ] :. */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
}

export async function tablesXlsx(tables: readonly ExportTable[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.sheet));
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    table.columns.forEach((header, i) => {
      const longest = Math.max(header.length, ...table.rows.map((row) => String(row[i] ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest * 1.6));
    });
  }
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
