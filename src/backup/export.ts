import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { toJson } from '../data/audit/change.js';
import { defineQuery, type QueryRunner } from '../db/cypher.js';
import { dataModel } from '../model/model.js';
import type { Model, NodeEntry, RelationshipEntry } from '../model/dataset-schema.js';
import { DATA_DIR } from '../model/model.js';
import { labelPrefix } from '../model/ids.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  byCodePoint,
  listItem,
  MANIFEST_FILE,
  type Manifest,
  paragraphsFileName,
  sortedKeys,
  yamlBlock,
} from './format.js';
import { CITATION_LIST_KEYS as CITATION_KEYS, citationsOf } from '../model/citations.js';
import { DERIVED_PROPERTIES } from '../model/derived-properties.js';
import { type BackupIndex, RECORD_KINDS, readRecords, UnexportableError } from './records.js';
import type { BackupSink } from './sink.js';

export type ExportPhase = 'sources' | 'entities' | (typeof RECORD_KINDS)[number]['folder'];

export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportOptions {
  database: string;
  onProgress?: (progress: ExportProgress) => void;
  /** Entities or records per read; 2,000 unless given. */
  pageSize?: number;
  /** How often an export is started again when writes ran during it; 3 unless given. */
  attempts?: number;
  /** data/model.yaml unless given. */
  model?: Model;
  /** Of the one read transaction; an hour unless given. */
  timeoutMs?: number;
}

export interface ExportReport {
  counts: Manifest['counts'];
  attempts: number;
  durationMs: number;
}

/** Writes kept changing the graph while it was read, every time: no consistent backup was made. */
export class ExportInterruptedError extends Error {
  constructor(attempts: number) {
    super(`the graph changed while it was exported, ${attempts} times in a row: no backup was written; try again when writes are fewer`);
    this.name = 'ExportInterruptedError';
  }
}

type Fingerprint = { nodes: number; relationships: number; lastChange: string | null; entities: number };
type EntityRow = {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  relationships: { type: string; to: string; properties: Record<string, unknown> }[];
};
type SourceRow = { source: Record<string, unknown>; paragraphs: Record<string, unknown>[] };

const fingerprintQuery = defineQuery<Record<string, never>, Fingerprint>('backupFingerprint');
const entitiesQuery = defineQuery<{ after: string; limit: unknown }, EntityRow>('backupEntities');
const sourcesQuery = defineQuery<Record<string, never>, SourceRow>('backupSources');

const DEFAULT_PAGE_SIZE = 2000;
const DEFAULT_TIMEOUT_MS = 3_600_000;
/** Properties every entity has besides those of its label (data/README.md). */
const ENTITY_KEYS = new Set(['id', 'name', 'nameEn', 'nameEnOfficial', 'aliases', 'summary', 'summaryEn', 'sourceNotes', 'synthetic', ...CITATION_KEYS]);
const PROVENANCE_KEYS = new Set(['sourceNotes', 'synthetic', ...CITATION_KEYS]);
/** A source's stored properties, in the order its file lists them (besides `paragraphs`, the file name). */
const SOURCE_KEYS = ['id', 'title', 'language', 'publisher', 'publishedOn', 'url', 'contentHash', 'addedBy', 'addedAt', 'paragraphCount'] as const;
/** Problems listed in full before the rest are counted. */
const SHOWN_PROBLEMS = 20;

/** The graph's own properties of a node or relationship, checked against model.yaml. */
function ownProperties(
  properties: Record<string, unknown>,
  declared: Record<string, unknown>,
  common: ReadonlySet<string>,
  what: string,
  problems: string[],
): Record<string, unknown> {
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (common.has(key) || DERIVED_PROPERTIES.has(key)) continue;
    if (key in declared) own[key] = toJson(value);
    else problems.push(`${what}: property ${key} is not declared in model.yaml`);
  }
  return sortedKeys(own);
}

function provenance(properties: Record<string, unknown>) {
  return {
    ...(CITATION_KEYS.some((key) => key in properties) ? { citations: citationsOf(properties) } : {}),
    ...(Array.isArray(properties.sourceNotes) ? { sourceNotes: properties.sourceNotes as string[] } : {}),
    ...(typeof properties.synthetic === 'boolean' ? { synthetic: properties.synthetic } : {}),
  };
}

/** An entity as a node entry of the dataset, and its outgoing relationships as relationship entries. */
function entityEntries(row: EntityRow, model: Model, problems: string[]): { label: string; node: NodeEntry; relationships: RelationshipEntry[] } | undefined {
  const labels = row.labels.filter((label) => label !== 'Entity');
  const label = labels[0];
  const spec = label !== undefined && labels.length === 1 ? model.labels[label] : undefined;
  if (!spec) {
    problems.push(`entity ${row.id}: labels ${row.labels.join(', ')} are not Entity and one label of model.yaml`);
    return undefined;
  }
  const p = row.properties;
  const node = {
    id: row.id,
    label: label!,
    name: p.name as string,
    nameEn: p.nameEn as string,
    nameEnOfficial: p.nameEnOfficial === true,
    aliases: (p.aliases as string[] | undefined) ?? [],
    ...(typeof p.summary === 'string' ? { summary: p.summary } : {}),
    ...(typeof p.summaryEn === 'string' ? { summaryEn: p.summaryEn } : {}),
    properties: ownProperties(p, spec.properties, ENTITY_KEYS, `entity ${row.id}`, problems),
    ...provenance(p),
  } as NodeEntry;
  const relationships = row.relationships
    .map((r) => {
      const typeSpec = model.relationships[r.type];
      const what = `relationship ${row.id} -${r.type}-> ${r.to}`;
      if (!typeSpec) problems.push(`${what}: type ${r.type} is not declared in model.yaml`);
      return {
        type: r.type,
        from: row.id,
        to: r.to,
        properties: ownProperties(r.properties, typeSpec?.properties ?? {}, PROVENANCE_KEYS, what, problems),
        ...provenance(r.properties),
      } as RelationshipEntry;
    })
    .sort((a, b) => byCodePoint(a.type, b.type) || byCodePoint(a.to, b.to));
  return { label: label!, node, relationships };
}

async function exportSources(runner: QueryRunner, sink: BackupSink, counts: Manifest['counts'], problems: string[]) {
  const rows = await sourcesQuery.run(runner, {});
  for (const { source, paragraphs } of rows) {
    const id = String(source.id);
    for (const key of Object.keys(source)) {
      if (!(SOURCE_KEYS as readonly string[]).includes(key)) problems.push(`source ${id}: property ${key} is not part of the dataset format`);
    }
    const language = String(source.language);
    const file = paragraphsFileName(id, language);
    const meta: Record<string, unknown> = {};
    for (const key of SOURCE_KEYS) if (source[key] !== undefined && source[key] !== null) meta[key] = toJson(source[key]);
    meta.paragraphs = file;
    const lines = paragraphs
      .map((p) => ({ number: Number(p.number), text: String(p.text) }))
      .sort((a, b) => a.number - b.number)
      .map(({ number, text }) => {
        if (/[\r\n]/.test(text)) problems.push(`source ${id}: paragraph ${number} holds a line break, which a numbered paragraph file cannot`);
        return `[P${number}] ${text}\n`;
      });
    await sink.append(`sources/${id}.yaml`, yamlBlock(meta));
    await sink.finish(`sources/${id}.yaml`);
    await sink.append(`sources/${file}`, lines.join(''));
    await sink.finish(`sources/${file}`);
    counts.sources = (counts.sources ?? 0) + 1;
    counts.paragraphs = (counts.paragraphs ?? 0) + lines.length;
  }
}

/**
 * Entities in id order; each label has a file of its nodes (graph/<label>.yaml) and one of the
 * relationships that start at them (graph/<label>.relationships.yaml), sorted by (from, type, to).
 * Files are written as the pages arrive, so memory holds one page, whatever the graph's size.
 */
async function exportEntities(
  runner: QueryRunner,
  sink: BackupSink,
  options: { model: Model; pageSize: number; total: number; onProgress?: ExportOptions['onProgress'] },
  counts: Manifest['counts'],
  problems: string[],
): Promise<Set<string>> {
  const ids = new Set<string>();
  const started = new Set<string>();
  let done = 0;
  options.onProgress?.({ phase: 'entities', done, total: options.total });
  const page = (from: string) => {
    const rows = entitiesQuery.run(runner, { after: from, limit: neo4j.int(options.pageSize) });
    rows.catch(() => undefined); // awaited below; this only keeps a failure while a page is written from counting as unhandled
    return rows;
  };
  let next = page('');
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    // Neo4j reads the next page while this one is turned into YAML.
    next = page(rows.at(-1)!.id);
    for (const row of rows) {
      ids.add(row.id);
      const entries = entityEntries(row, options.model, problems);
      if (!entries) continue;
      const base = `graph/${labelPrefix(entries.label)}`;
      const nodesFile = `${base}.yaml`;
      const relationshipsFile = `${base}.relationships.yaml`;
      if (!started.has(nodesFile)) {
        started.add(nodesFile);
        await sink.append(nodesFile, 'nodes:\n');
      }
      await sink.append(nodesFile, listItem(entries.node));
      if (entries.relationships.length > 0) {
        // Only labels whose entities start relationships get a file of them.
        if (!started.has(relationshipsFile)) {
          started.add(relationshipsFile);
          await sink.append(relationshipsFile, 'relationships:\n');
        }
        await sink.append(relationshipsFile, entries.relationships.map(listItem).join(''));
      }
      counts.relationships = (counts.relationships ?? 0) + entries.relationships.length;
    }
    done += rows.length;
    options.onProgress?.({ phase: 'entities', done, total: Math.max(done, options.total) });
  }
  for (const file of started) await sink.finish(file);
  counts.entities = ids.size;
  return ids;
}

async function exportRecords(runner: QueryRunner, sink: BackupSink, options: ExportOptions & { pageSize: number }, index: Pick<BackupIndex, 'entityIds'>, counts: Manifest['counts'], problems: string[]) {
  for (const kind of RECORD_KINDS) {
    const entries: { id: string }[] = [];
    options.onProgress?.({ phase: kind.folder, done: 0, total: 0 });
    for await (const page of readRecords(runner, kind, options.pageSize)) {
      for (const row of page) {
        try {
          entries.push(kind.toEntry(row, index));
        } catch (error) {
          if (!(error instanceof UnexportableError)) throw error;
          problems.push(error.message);
        }
      }
      options.onProgress?.({ phase: kind.folder, done: entries.length, total: entries.length });
    }
    const files = new Map<string, { id: string }[]>();
    for (const entry of entries) {
      const file = kind.fileOf(entry);
      files.set(file, [...(files.get(file) ?? []), entry]);
    }
    for (const file of [...files.keys()].sort(byCodePoint)) {
      const name = `${kind.folder}/${file}`;
      const sorted = files.get(file)!.sort((a, b) => kind.compare(a, b));
      await sink.append(name, `${kind.folder}:\n${sorted.map(listItem).join('')}`);
      await sink.finish(name);
    }
    counts[kind.folder] = entries.length;
  }
}

async function fingerprint(driver: Driver, database: string): Promise<Fingerprint> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const [row] = await session.executeRead((tx) => fingerprintQuery.run(tx, {}));
    return row!;
  } finally {
    await session.close();
  }
}

const same = (a: Fingerprint, b: Fingerprint) => a.nodes === b.nodes && a.relationships === b.relationships && a.lastChange === b.lastChange;

/** One attempt: every read in one read transaction, written to the sink (not yet committed). */
async function exportOnce(tx: QueryRunner, sink: BackupSink, options: ExportOptions & { pageSize: number; model: Model; total: number }): Promise<Manifest['counts']> {
  const counts: Manifest['counts'] = { entities: 0, relationships: 0, sources: 0, paragraphs: 0 };
  const problems: string[] = [];
  options.onProgress?.({ phase: 'sources', done: 0, total: 1 });
  await exportSources(tx, sink, counts, problems);
  const entityIds = await exportEntities(tx, sink, { ...options }, counts, problems);
  await exportRecords(tx, sink, options, { entityIds }, counts, problems);
  if (problems.length > 0) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).join('\n');
    const more = problems.length > SHOWN_PROBLEMS ? `\n… and ${problems.length - SHOWN_PROBLEMS} more` : '';
    throw new UnexportableError(`${problems.length} thing(s) in the database cannot be written in the backup format; nothing was exported:\n${shown}${more}`);
  }
  return counts;
}

/**
 * Exports the whole graph to `sink`: sources with their paragraphs, entities and relationships in
 * the dataset format of data/, and the records of RECORD_KINDS (change records, progress
 * updates), all read in one read transaction. Neo4j's transactions see each committed write as
 * it lands (read committed), so the export compares a fingerprint of the graph (counts, newest
 * change record) from before and after it: when a write ran in between, the export is thrown
 * away and made again, up to `attempts` times. A backup is committed to the sink only when
 * complete and consistent.
 */
export async function exportGraph(driver: Driver, openSink: () => BackupSink, options: ExportOptions): Promise<ExportReport> {
  const started = performance.now();
  const model = options.model ?? dataModel();
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const before = await fingerprint(driver, options.database);
    const sink = openSink();
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      // Not session.executeRead: its retries would run the export again into the same sink.
      const tx = await session.beginTransaction({
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        metadata: { app: 'chengyu-graph', operation: 'backup:export' },
      });
      let counts: Manifest['counts'];
      try {
        counts = await exportOnce(tx, sink, { ...options, model, pageSize, total: before.entities });
      } finally {
        await tx.rollback().catch(() => undefined);
      }
      if (!same(before, await fingerprint(driver, options.database))) {
        await sink.abort();
        continue;
      }
      const manifest: Manifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, counts: sortedKeys(counts) };
      await sink.append('model.yaml', fs.readFileSync(path.join(DATA_DIR, 'model.yaml'), 'utf8'));
      await sink.append(MANIFEST_FILE, yamlBlock(manifest));
      await sink.commit();
      return { counts: manifest.counts, attempts: attempt, durationMs: performance.now() - started };
    } catch (error) {
      await sink.abort();
      throw error;
    } finally {
      await session.close();
    }
  }
  throw new ExportInterruptedError(attempts);
}
