import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { defineQuery, type NamedQuery, type QueryRunner } from '../db/cypher.js';
import { citationSchema } from '../model/dataset-schema.js';
import { CITATION_LIST_KEYS as CITATION_KEYS, citationProperties, citationsOf } from '../model/citations.js';
import { byCodePoint } from './format.js';

/**
 * The records of a backup besides entities, relationships and sources (which the dataset format
 * of data/ holds): one entry per kind in RECORD_KINDS. Each kind says how a page of it is read,
 * how a record becomes a block of a file and back, what it must refer to, and how it is written
 * by a restore. A new kind of record is one more entry in the table.
 */

/** What a record may refer to when it is checked: the backup's entity ids. */
export interface BackupIndex {
  entityIds: ReadonlySet<string>;
}

type Page = { id: string; [column: string]: unknown };

export interface RecordKind<E extends { id: string }> {
  /** Folder of the backup, key of the list in its files, and name of the count in backup.yaml. */
  readonly folder: string;
  /** A page of records in id order: `after` the last id of the previous page. */
  readonly page: NamedQuery<{ after: string; limit: unknown }, Page>;
  /** The row of a page as a block of a file; a reason (thrown) when it cannot be written faithfully. */
  toEntry(row: Page, index: BackupIndex): E;
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

function unknownKeys(record: Record<string, unknown>, known: ReadonlySet<string>, what: string): void {
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new UnexportableError(`${what} has properties the backup format does not know: ${unknown.sort().join(', ')}`);
  }
}


const strings = z.array(z.string());

// ------------------------------------------------------------------------- change records

const changeSchema = z
  .object({
    id: z.string().regex(/^change:\S+$/, 'must read change:<id>'),
    at: z.string().min(1),
    actor: z.string().min(1),
    role: z.string().min(1),
    operation: z.string().min(1),
    entityIds: strings,
    /** The entries, as recorded (src/data/audit.ts). */
    changes: z.array(z.unknown()).optional(),
    /** The entries' stored text, where parsing and writing it again would not give it back. */
    changesText: z.string().optional(),
    citations: z.array(citationSchema),
    sourceNotes: strings,
    /** The entities CHANGED reaches, where that is not every named entity of the backup. */
    changedEntities: strings.optional(),
  })
  .strict()
  .refine((c) => (c.changes === undefined) !== (c.changesText === undefined), { message: 'needs either changes or changesText' });
export type ChangeEntry = z.infer<typeof changeSchema>;

const CHANGE_KEYS = new Set(['id', 'at', 'actor', 'role', 'operation', 'entityIds', 'changes', 'sourceNotes', ...CITATION_KEYS]);

const changeRecords: RecordKind<ChangeEntry> = {
  folder: 'changes',
  page: defineQuery('backupChanges'),
  toEntry(row, index) {
    const record = row.record as Record<string, unknown>;
    unknownKeys(record, CHANGE_KEYS, `change record ${row.id}`);
    const text = String(record.changes ?? '[]');
    let changes: unknown[] | undefined;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed) && JSON.stringify(parsed) === text) changes = parsed;
    } catch {
      changes = undefined;
    }
    const entityIds = (record.entityIds as string[] | undefined) ?? [];
    const changed = [...(row.changed as string[])].sort(byCodePoint);
    const implied = entityIds.filter((id) => index.entityIds.has(id)).sort(byCodePoint);
    return {
      id: row.id,
      at: String(record.at),
      actor: String(record.actor),
      role: String(record.role),
      operation: String(record.operation),
      entityIds,
      ...(changes ? { changes } : { changesText: text }),
      citations: citationsOf(record),
      sourceNotes: (record.sourceNotes as string[] | undefined) ?? [],
      ...(changed.join('\n') === [...new Set(implied)].join('\n') ? {} : { changedEntities: changed }),
    };
  },
  // One file per month: a backup's newest file is the one that grows.
  fileOf: (entry) => `${entry.at.slice(0, 7)}.yaml`,
  compare: (a, b) => byCodePoint(a.at, b.at) || byCodePoint(a.id, b.id),
  schema: changeSchema as z.ZodType<ChangeEntry>,
  check: (entry, index) =>
    (entry.changedEntities ?? [])
      .filter((id) => !index.entityIds.has(id))
      .map((id) => `changedEntities: no entity with id ${id}`),
  async write(tx, entries) {
    await restoreChanges.run(tx, {
      records: entries.map((entry) => ({
        id: entry.id,
        at: entry.at,
        changed: entry.changedEntities ?? entry.entityIds,
        properties: {
          actor: entry.actor,
          role: entry.role,
          operation: entry.operation,
          entityIds: entry.entityIds,
          changes: entry.changesText ?? JSON.stringify(entry.changes),
          ...citationProperties(entry.citations),
          sourceNotes: entry.sourceNotes,
        },
      })),
    });
  },
};

const restoreChanges = defineQuery<{ records: unknown[] }, never>('restoreChanges');

// ------------------------------------------------------------------------ progress updates

const progressSchema = z
  .object({
    id: z.string().regex(/^progress:\S+$/, 'must read progress:<id>'),
    entityId: z.string().min(1),
    date: z.string().min(1),
    note: z.string().min(1),
    status: z.string().min(1).optional(),
    previousStatus: z.string().min(1).optional(),
    recordedBy: z.string().min(1),
    recordedAt: z.string().min(1),
    citations: z.array(citationSchema),
    sourceNotes: strings,
  })
  .strict();
export type ProgressEntry = z.infer<typeof progressSchema>;

const PROGRESS_KEYS = new Set(['id', 'entityId', 'date', 'note', 'status', 'previousStatus', 'recordedBy', 'recordedAt', 'sourceNotes', ...CITATION_KEYS]);

const progressUpdates: RecordKind<ProgressEntry> = {
  folder: 'progress',
  page: defineQuery('backupProgressUpdates'),
  toEntry(row) {
    const record = row.record as Record<string, unknown>;
    unknownKeys(record, PROGRESS_KEYS, `progress update ${row.id}`);
    const optional = (key: 'status' | 'previousStatus') => (typeof record[key] === 'string' ? { [key]: record[key] as string } : {});
    return {
      id: row.id,
      entityId: String(record.entityId),
      date: String(record.date),
      note: String(record.note),
      ...optional('status'),
      ...optional('previousStatus'),
      recordedBy: String(record.recordedBy),
      recordedAt: String(record.recordedAt),
      citations: citationsOf(record),
      sourceNotes: (record.sourceNotes as string[] | undefined) ?? [],
    };
  },
  fileOf: () => 'progress.yaml',
  compare: (a, b) => byCodePoint(a.entityId, b.entityId) || byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id),
  schema: progressSchema,
  check: (entry, index) => (index.entityIds.has(entry.entityId) ? [] : [`entityId: no entity with id ${entry.entityId}`]),
  async write(tx, entries) {
    await restoreProgressUpdates.run(tx, {
      records: entries.map(({ id, entityId, recordedAt, citations, ...fields }) => ({
        id,
        entityId,
        recordedAt,
        properties: { ...fields, ...citationProperties(citations) },
      })),
    });
  },
};

const restoreProgressUpdates = defineQuery<{ records: unknown[] }, never>('restoreProgressUpdates');

/**
 * Every kind of record a backup holds besides the dataset, in the order a restore writes them
 * (after the entities they refer to).
 */
export const RECORD_KINDS: readonly RecordKind<{ id: string }>[] = [
  progressUpdates as unknown as RecordKind<{ id: string }>,
  changeRecords as unknown as RecordKind<{ id: string }>,
];

/** Reads every record of a kind, page by page, in id order. */
export async function* readRecords(runner: QueryRunner, kind: RecordKind<{ id: string }>, pageSize: number): AsyncGenerator<Page[]> {
  let after = '';
  for (;;) {
    const rows = await kind.page.run(runner, { after, limit: neo4j.int(pageSize) });
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!.id;
  }
}
