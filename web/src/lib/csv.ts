// One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break.

export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
