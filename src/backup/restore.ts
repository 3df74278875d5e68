import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { writeNameKeys } from '../data/name-keys.js';
import { defineQuery } from '../db/cypher.js';
import { runReads, writeTransaction } from '../db/transactions.js';
import { type Dataset, formatValidationError, type ValidationError } from '../model/dataset-schema.js';
import { batches } from '../ingest/properties.js';
import { readDatasetFiles } from '../ingest/read-dataset.js';
import { DATA_DIR } from '../model/model.js';
import { applySchema, nodeRows, relationshipRows } from '../ingest/seed.js';
import { parseParagraphs, validateDataset, zodReasons } from '../ingest/validate.js';
import { MANIFEST_FILE, manifestSchema, readYaml } from './format.js';
import { type BackupIndex, RECORD_KINDS } from './records.js';

/**
 * Restore of a backup folder into an empty database. Everything is read and checked first (the
 * dataset with the dataset validator, every other record with its kind's schema and references,
 * the counts with the manifest), and any problem stops it before the database is touched. The
 * writes merge on ids, in batches of one transaction each: run again after an interruption, a
 * restore completes what it began, and on a database it has restored it changes nothing.
 */

export interface RestoreProgress {
  phase: 'sources' | 'entities' | 'relationships' | (typeof RECORD_KINDS)[number]['folder'];
  done: number;
  total: number;
}

export interface RestoreOptions {
  database: string;
  onProgress?: (progress: RestoreProgress) => void;
  /** Entries per write transaction; 10,000 unless given. */
  batchSize?: number;
  /** Write transactions of entities that run at once; 2 unless given. */
  parallel?: number;
  /** Of each write transaction; 10 minutes unless given. */
  timeoutMs?: number;
}

export interface RestoreReport {
  counts: Record<string, number>;
  durationMs: number;
}

/** Every problem with a backup folder, each naming file, entry and reason; nothing was written. */
export class RestoreError extends Error {
  constructor(readonly errors: ValidationError[]) {
    const shown = errors.slice(0, 20).map(formatValidationError).join('\n');
    super(`${errors.length} error(s) in the backup: nothing was written\n${shown}${errors.length > 20 ? '\n…' : ''}`);
    this.name = 'RestoreError';
  }
}

/** The database holds records the backup does not: a restore would mix two graphs. */
export class RestoreTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreTargetError';
  }
}

/** A backup folder read and checked, ready to be written. */
export interface CheckedBackup {
  dataset: Dataset;
  records: Map<string, { id: string }[]>;
  counts: Record<string, number>;
}

const foreignRecords = defineQuery<
  { entityIds: string[]; sourceIds: string[]; changeIds: string[]; progressIds: string[]; mentionIds: string[]; candidateIds: string[] },
  { entities: number; sources: number; changes: number; progress: number; mentions: number; candidates: number; sample: string[] }
>('restoreForeignRecords');
const awaitIndexes = defineQuery<Record<string, never>, never>('awaitIndexes');

const DEFAULT_BATCH_SIZE = 10_000;
const DEFAULT_PARALLEL = 2;
const DEFAULT_TIMEOUT_MS = 600_000;

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

function parseYaml(file: string, errors: ValidationError[]): unknown {
  try {
    return readYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    errors.push({ file: display(file), entry: '(file)', reason: `YAML: ${String((error as Error).message).split('\n')[0]}` });
    return undefined;
  }
}

/** Entity ids of the graph files, read leniently: what records may refer to even when a file has errors. */
function entityIdsOf(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of yamlFiles(path.join(dir, 'graph'))) {
    try {
      const nodes = (readYaml(fs.readFileSync(file, 'utf8')) as { nodes?: unknown } | null)?.nodes;
      if (Array.isArray(nodes)) for (const node of nodes) if (typeof (node as { id?: unknown })?.id === 'string') ids.add((node as { id: string }).id);
    } catch {
      // The validator reports the file.
    }
  }
  return ids;
}

/** Paragraph texts of the source files, read leniently: what records may point into even when a file has errors. */
function paragraphsOf(dir: string): Map<string, Map<number, string>> {
  const paragraphs = new Map<string, Map<number, string>>();
  const sourcesDir = path.join(dir, 'sources');
  for (const file of yamlFiles(sourcesDir)) {
    try {
      const meta = readYaml(fs.readFileSync(file, 'utf8')) as { id?: unknown; paragraphs?: unknown } | null;
      const textFile = typeof meta?.paragraphs === 'string' ? path.join(sourcesDir, meta.paragraphs) : undefined;
      if (typeof meta?.id === 'string' && textFile && fs.existsSync(textFile)) paragraphs.set(meta.id, parseParagraphs(fs.readFileSync(textFile, 'utf8')));
    } catch {
      // The validator reports the file.
    }
  }
  return paragraphs;
}

type LocatedRecord = { file: string; entry: string; data: { id: string } };

/** The entries of a kind's files, each checked against its schema and for a duplicate id. */
function readRecordFolder(dir: string, kind: (typeof RECORD_KINDS)[number], errors: ValidationError[]): LocatedRecord[] {
  const entries: LocatedRecord[] = [];
  const seen = new Map<string, string>();
  for (const file of yamlFiles(path.join(dir, kind.folder))) {
    const raw = parseYaml(file, errors);
    if (raw === undefined) continue;
    const list = (raw as Record<string, unknown> | null)?.[kind.folder];
    if (!Array.isArray(list)) {
      errors.push({ file: display(file), entry: '(file)', reason: `must hold a list "${kind.folder}"` });
      continue;
    }
    list.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      const entry = `${kind.folder}[${i}]${typeof id === 'string' ? ` (${id})` : ''}`;
      const parsed = kind.schema.safeParse(item);
      if (!parsed.success) {
        for (const reason of zodReasons(parsed.error)) errors.push({ file: display(file), entry, reason });
        return;
      }
      const first = seen.get(parsed.data.id);
      if (first) errors.push({ file: display(file), entry, reason: `duplicate id ${parsed.data.id}, first in ${first}` });
      seen.set(parsed.data.id, display(file));
      entries.push({ file: display(file), entry, data: parsed.data });
    });
  }
  return entries;
}

/** Sources that say how many paragraphs they have must have as many. */
function checkParagraphCounts(dir: string, dataset: Dataset, errors: ValidationError[]): void {
  for (const source of dataset.sources.values()) {
    if (source.paragraphCount !== undefined && source.paragraphCount !== source.paragraphTexts.size) {
      errors.push({
        file: display(path.join(dir, 'sources', source.paragraphs)),
        entry: source.id,
        reason: `paragraphCount is ${source.paragraphCount}, the file holds ${source.paragraphTexts.size} paragraphs`,
      });
    }
  }
}

/**
 * Reads and checks a backup folder without the database: the manifest, the dataset (against
 * data/model.yaml, the model this version of the API serves), every record, and that the files
 * hold as many of each kind as the manifest says. Throws RestoreError listing every problem.
 */
export function checkBackup(dir: string): CheckedBackup {
  const errors: ValidationError[] = [];
  const manifestFile = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new RestoreError([{ file: display(dir), entry: '(folder)', reason: 'no such folder' }]);
  }
  let manifestCounts: Record<string, number> | undefined;
  if (!fs.existsSync(manifestFile)) {
    errors.push({ file: display(manifestFile), entry: '(file)', reason: 'missing: this folder is not a backup' });
  } else {
    const raw = parseYaml(manifestFile, errors);
    if (raw !== undefined) {
      const parsed = manifestSchema.safeParse(raw);
      if (parsed.success) manifestCounts = parsed.data.counts;
      else for (const reason of zodReasons(parsed.error)) errors.push({ file: display(manifestFile), entry: '(file)', reason });
    }
  }

  const files = readDatasetFiles(dir);
  const modelFile = path.join(DATA_DIR, 'model.yaml');
  files.model = { file: display(modelFile), text: fs.readFileSync(modelFile, 'utf8') };
  const validation = validateDataset(files, { requireCitations: false, parseYaml: readYaml });
  if (!validation.ok) errors.push(...validation.errors);

  if (validation.ok) checkParagraphCounts(dir, validation.dataset, errors);

  const located = new Map(RECORD_KINDS.map((kind) => [kind, readRecordFolder(dir, kind, errors)] as const));
  const index: BackupIndex = {
    entityIds: validation.ok ? new Set(validation.dataset.nodes.map((n) => n.entry.id)) : entityIdsOf(dir),
    paragraphs: validation.ok
      ? new Map([...validation.dataset.sources].map(([id, source]) => [id, source.paragraphTexts]))
      : paragraphsOf(dir),
    recordIds: new Map([...located].map(([kind, entries]) => [kind.folder, new Set(entries.map((e) => e.data.id))])),
  };
  const records = new Map<string, { id: string }[]>();
  for (const [kind, entries] of located) {
    for (const { file, entry, data } of entries) for (const reason of kind.check(data, index)) errors.push({ file, entry, reason });
    records.set(kind.folder, entries.map((e) => e.data));
  }

  const counts: Record<string, number> = validation.ok
    ? {
        entities: validation.dataset.nodes.length,
        relationships: validation.dataset.relationships.length,
        sources: validation.dataset.sources.size,
        paragraphs: [...validation.dataset.sources.values()].reduce((sum, s) => sum + s.paragraphTexts.size, 0),
      }
    : {};
  for (const [folder, entries] of records) counts[folder] = entries.length;
  if (manifestCounts && validation.ok) {
    for (const [kind, expected] of Object.entries(manifestCounts)) {
      const found = counts[kind] ?? 0;
      if (found !== expected) {
        errors.push({ file: display(manifestFile), entry: `counts.${kind}`, reason: `the manifest says ${expected}, the files hold ${found}: is a file missing?` });
      }
    }
  }
  if (errors.length > 0 || !validation.ok) throw new RestoreError(errors);
  return { dataset: validation.dataset, records, counts };
}

/** Refuses a database that holds entities, sources or records the backup does not. */
async function requireRestorable(driver: Driver, backup: CheckedBackup, options: RestoreOptions): Promise<void> {
  const ids = (folder: string) => (backup.records.get(folder) ?? []).map((r) => r.id);
  const [row] = await runReads(driver, { database: options.database, timeoutMs: 120_000 }, (runner) =>
    foreignRecords.run(runner, {
      entityIds: backup.dataset.nodes.map((n) => n.entry.id),
      sourceIds: [...backup.dataset.sources.keys()],
      changeIds: ids('changes'),
      progressIds: ids('progress'),
      mentionIds: ids('mentions'),
      candidateIds: ids('candidates'),
    }),
  );
  const r = row!;
  if (r.entities + r.sources + r.changes + r.progress + r.mentions + r.candidates > 0) {
    throw new RestoreTargetError(
      `the database is not empty: it holds ${r.entities} entities, ${r.sources} sources, ${r.changes} change records, ` +
        `${r.progress} progress updates, ${r.mentions} mentions and ${r.candidates} fact candidates that are not in the backup ` +
        `(${r.sample.join(', ')}, …). A restore goes into an empty database (or one it has restored before); nothing was written`,
    );
  }
}

/** Runs `work` on every item, at most `parallel` at a time, in order of start. */
async function eachLimited<T>(items: readonly T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}

/**
 * Writes a checked backup: sources, entities, relationships, then each kind of record, in batches
 * of one write transaction each. Into a database without entities (or relationships) they are
 * created; into one a restore was interrupted in, merged on their ids. Entities, which no two
 * batches share, are written `parallel` batches at a time; relationships and records (which link
 * to entities) one batch at a time, since two batches could lock the same entity.
 */
export async function writeBackup(driver: Driver, backup: CheckedBackup, options: RestoreOptions): Promise<void> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const parallel = options.parallel ?? DEFAULT_PARALLEL;
  const tx = (operation: string) => ({
    database: options.database,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    metadata: { app: 'chengyu-graph', operation: `backup:restore:${operation}` },
  });
  const { dataset } = backup;
  await applySchema(driver, options.database);
  options.onProgress?.({ phase: 'sources', done: 0, total: dataset.sources.size });
  await writeTransaction(driver, tx('sources'), (t) => restoreSources.run(t, { sources: sourceRows(dataset) }));
  options.onProgress?.({ phase: 'sources', done: dataset.sources.size, total: dataset.sources.size });

  const phase = async <T>(name: RestoreProgress['phase'], items: T[], at: number, write: (t: ManagedTransaction, batch: T[]) => Promise<unknown>) => {
    let done = 0;
    options.onProgress?.({ phase: name, done, total: items.length });
    await eachLimited(batches(items, size), at, async (batch) => {
      await writeTransaction(driver, tx(name), (t) => write(t, batch));
      done += batch.length;
      options.onProgress?.({ phase: name, done, total: items.length });
    });
  };
  const state = async () => (await runReads(driver, { database: options.database, timeoutMs: 120_000 }, (runner) => targetState.run(runner, {})))[0]!;
  const entities = (await state()).entities === 0 ? createEntities : mergeEntities;
  await phase('entities', dataset.nodes, parallel, async (t, batch) => {
    await entities.run(t, { nodes: nodeRows(dataset.model, batch) });
    await writeNameKeys(t, batch.map(({ entry }) => entry.id));
  });
  const relationships = (await state()).relationships === 0 ? createRelationships : mergeRelationships;
  await phase('relationships', dataset.relationships, 1, (t, batch) => relationships.run(t, { relationships: relationshipRows(dataset.model, batch) }));
  for (const kind of RECORD_KINDS) {
    await phase(kind.folder, backup.records.get(kind.folder) ?? [], 1, (t, batch) => kind.write(t, batch));
  }
  await runReads(driver, { database: options.database, timeoutMs: 300_000 }, (runner) => awaitIndexes.run(runner, {}));
}

const targetState = defineQuery<Record<string, never>, { entities: number; relationships: number }>('restoreTargetState');
const createEntities = defineQuery<{ nodes: unknown[] }, never>('restoreCreateEntities');
const createRelationships = defineQuery<{ relationships: unknown[] }, never>('restoreCreateRelationships');
const restoreSources = defineQuery<{ sources: unknown[] }, never>('restoreSources');

/** The parameters of restoreSources: every property a source file holds, integers as Neo4j integers. */
function sourceRows(dataset: Dataset): unknown[] {
  return [...dataset.sources.values()].map(({ id, paragraphs: _file, original: _original, paragraphTexts, addedAt, paragraphCount, ...properties }) => ({
    id,
    addedAt: addedAt ?? null,
    properties: { ...properties, ...(paragraphCount === undefined ? {} : { paragraphCount: neo4j.int(paragraphCount) }) },
    paragraphs: [...paragraphTexts].map(([number, text]) => ({ number: neo4j.int(number), text })),
  }));
}
const mergeEntities = defineQuery<{ nodes: unknown[] }, never>('mergeEntities');
const mergeRelationships = defineQuery<{ relationships: unknown[] }, never>('mergeRelationships');

/** checkBackup, then writeBackup into a database that is empty or holds only this backup. */
export async function restoreBackup(driver: Driver, from: string | CheckedBackup, options: RestoreOptions): Promise<RestoreReport> {
  const started = performance.now();
  const backup = typeof from === 'string' ? checkBackup(from) : from;
  await requireRestorable(driver, backup, options);
  await writeBackup(driver, backup, options);
  return { counts: backup.counts, durationMs: performance.now() - started };
}
