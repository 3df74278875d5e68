// Hands a file to the browser to save.

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
} as const;

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
export function downloadCsv(name: string, text: string): void {
  downloadBlob(name, new Blob(['\uFEFF', text], { type: MIME.csv }));
}
