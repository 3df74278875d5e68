import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { defineQuery, type QueryRunner } from '../db/cypher.js';
import { citationSchema } from '../model/dataset-schema.js';
import { CITATION_LIST_KEYS as CITATION_KEYS, citationProperties, citationsOf } from '../model/citations.js';
import { byCodePoint } from './format.js';
import { type BackupIndex, type Page, type RecordKind, unknownKeys } from './record-kind.js';
import { factCandidates, mentions } from './source-records.js';

export { type BackupIndex, type RecordKind, UnexportableError } from './record-kind.js';

/**
 * The kinds of record a backup holds besides the dataset (see record-kind.ts): change records and
 * progress updates here, the mentions and fact candidates of sources in source-records.ts.
 */

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
  mentions as unknown as RecordKind<{ id: string }>,
  factCandidates as unknown as RecordKind<{ id: string }>,
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
