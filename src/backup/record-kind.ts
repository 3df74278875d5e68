import type { ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import type { NamedQuery } from '../db/cypher.js';

/**
 * The records of a backup besides entities, relationships and sources (which the dataset format
 * of data/ holds): one RecordKind per kind, listed in RECORD_KINDS (records.ts). Each kind says
 * how a page of it is read, how a record becomes a block of a file and back, what it must refer
 * to, and how it is written by a restore. A new kind of record is one more entry in the table.
 */

/** What a record may refer to when it is checked. */
export interface BackupIndex {
  /** The backup's entity ids. */
  entityIds: ReadonlySet<string>;
  /** The backup's paragraphs: text by source id and paragraph number. */
  paragraphs: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** The ids of the backup's records, by folder. */
  recordIds: ReadonlyMap<string, ReadonlySet<string>>;
}

export type Page = { id: string; [column: string]: unknown };

export interface RecordKind<E extends { id: string }> {
  /** Folder of the backup, key of the list in its files, and name of the count in backup.yaml. */
  readonly folder: string;
  /** A page of records in id order: `after` the last id of the previous page. */
  readonly page: NamedQuery<{ after: string; limit: unknown }, Page>;
  /** The row of a page as a block of a file (given the exported entity ids); a reason (thrown) when it cannot be written faithfully. */
  toEntry(row: Page, exported: Pick<BackupIndex, 'entityIds'>): E;
  /** The file of the folder the entry goes to. */
  fileOf(entry: E): string;
  /** The order of entries in a file. */
  compare(a: E, b: E): number;
  /** The shape of one entry, as read back. */
  readonly schema: z.ZodType<E>;
  /** What the entry refers to that the backup lacks. */
  check(entry: E, index: BackupIndex): string[];
  /** Writes a batch of entries, merged on their ids. */
  write(tx: ManagedTransaction, entries: E[]): Promise<void>;
}

/** Thrown for a stored record the backup format cannot hold as it is: nothing is exported. */
export class UnexportableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnexportableError';
  }
}

/** Refuses a stored record with properties its kind does not know, rather than drop them. */
export function unknownKeys(record: Record<string, unknown>, known: ReadonlySet<string>, what: string): void {
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new UnexportableError(`${what} has properties the backup format does not know: ${unknown.sort().join(', ')}`);
  }
}

/** Where a record quotes or points into a paragraph: the reason when the backup lacks it. */
export function missingParagraph(index: BackupIndex, source: string, paragraph: number): string | undefined {
  const paragraphs = index.paragraphs.get(source);
  if (!paragraphs) return `source: no source with id ${source}`;
  if (!paragraphs.has(paragraph)) return `paragraph: source ${source} has no paragraph ${paragraph}`;
  return undefined;
}
