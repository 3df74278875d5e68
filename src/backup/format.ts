import { CORE_SCHEMA, load } from 'js-yaml';
import { stringify } from 'yaml';
import { z } from 'zod';

/**
 * The layout of a backup folder: the dataset format of data/ (model.yaml, graph/*.yaml,
 * sources/*.yaml with their numbered paragraph files), plus one folder per kind of record the
 * dataset has no place for (src/backup/records.ts), and backup.yaml, the manifest. Every file is
 * written in a fixed order with one block per entity or record, so two backups compare with
 * `diff -r` or `git diff` line by line.
 */

export const MANIFEST_FILE = 'backup.yaml';
export const BACKUP_FORMAT = 'chengyu-graph-backup';
export const BACKUP_VERSION = 1;

/** What each kind of record numbers in a backup; a restore checks the files hold as many. */
export const manifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    counts: z.record(z.string(), z.number().int().nonnegative()),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** YAML as every backup file writes it: long lines kept whole, so a changed value is one changed line. */
export function yamlBlock(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0 });
}

/** Nothing but blank lines and comments: an empty document. */
const EMPTY = /^(\s*(#[^\n]*)?\n?)*$/;

/**
 * Reads a backup file: YAML 1.2 core schema, as yamlBlock writes it, and a duplicate key is an
 * error. js-yaml rather than the `yaml` library's document parser, which builds a syntax tree per
 * node and takes about twelve times as long and six times the memory on a large backup.
 */
export function readYaml(text: string): unknown {
  return EMPTY.test(text) ? null : load(text, { schema: CORE_SCHEMA });
}

/** One list entry of a file: `- key: …` at the start of the line, the rest indented under it. */
export function listItem(entry: unknown): string {
  return yamlBlock([entry]);
}


/** A map with its keys in code-point order, so a file does not depend on the order Neo4j returns them in. */
export function sortedKeys<T>(map: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(map).sort()) sorted[key] = map[key]!;
  return sorted;
}

/** Compares two strings by code points, as Neo4j orders them. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name of a source's numbered paragraph file inside sources/. */
export function paragraphsFileName(sourceId: string, language: string): string {
  return `${sourceId}.paragraphs.${language}.txt`;
}
