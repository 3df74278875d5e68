// A table to hand on: a sheet name and column headers in the chosen language, rows of text and
// numbers, and the columns every export ends with: the paragraphs its facts are cited from and
// the titles of their sources.
import type { Lang } from '../i18n.js';
import { translate } from '../i18n.js';

export type Cell = string | number;

export interface ExportTable {
  /** Names the sheet of a workbook and ends the file name of a CSV (`<base>-<file>.csv`). */
  file: string;
  sheet: string;
  columns: string[];
  rows: Cell[][];
}

export interface CitedParagraph {
  paragraph: number;
  source: { id: string; title: string };
}

/** The headers of the two citation columns. */
export function citationHeaders(lang: Lang): [string, string] {
  return [translate(lang, 'export.paragraphs'), translate(lang, 'export.source')];
}

/** The two citation cells: paragraph numbers in order, once each ("12; 45"), and the sources' titles. */
export function citationCells(citations: readonly CitedParagraph[]): [string, string] {
  const paragraphs = [...new Set(citations.map((c) => c.paragraph))].sort((a, b) => a - b);
  const titles = [...new Set(citations.map((c) => c.source.title))];
  return [paragraphs.join('; '), titles.join('; ')];
}

/** Joins a list inside one cell. */
export function joined(values: readonly string[]): string {
  return values.join('; ');
}
