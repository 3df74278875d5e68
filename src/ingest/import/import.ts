import fs from 'node:fs';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { type ChangeEntry, type ChangeInput, toJson } from '../../data/audit/change.js';
import { recordChange } from '../../data/audit/record.js';
import { writeNameKeys } from '../../data/name-keys.js';
import { defineQuery } from '../../db/cypher.js';
import { runReads, writeTransaction } from '../../db/transactions.js';
import { dataModel } from '../../model/model.js';
import type { Model, ValidationError } from '../../model/dataset-schema.js';
import { batches } from '../properties.js';
import { applySchema } from '../seed.js';
import type { ChangeStatus } from './diff.js';
import { type ImportFields, importFields } from './fields.js';
import { formatOf, type ImportFormat, parseImport } from './parse.js';
import { type ImportPlan, type ImportProgress, planImport } from './plan.js';
import { type RowValidation, validateRows } from './rows.js';

export type { ImportProgress } from './plan.js';

const mergeEntities = defineQuery<{ nodes: unknown[] }, never>('mergeEntities');
const mergeRelationships = defineQuery<{ relationships: unknown[] }, never>('mergeRelationships');
const awaitIndexes = defineQuery<Record<string, never>, never>('awaitIndexes');

/** Every problem with an import file, each naming the row and field; nothing was written. */
export class ImportError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(`${errors.length} error(s) in the import: nothing was written`);
    this.name = 'ImportError';
  }
}

export interface ImportInput {
  /** How messages name the file. */
  file: string;
  text: string;
  /** By default from the file's extension. */
  format?: ImportFormat;
}

export interface ImportOptions {
  database: string;
  /** Validate against the database and report, reading only; write nothing. */
  dryRun?: boolean;
  /** Who runs the import, for the change record. */
  actor?: string;
  /** Of the one write transaction; 10 minutes unless given. */
  timeoutMs?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** data/model.yaml unless given. */
  model?: Model;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  file: string;
  format: ImportFormat;
  rows: number;
  dryRun: boolean;
  enterprises: Counts;
  relationships: Counts;
  /** Rows whose node or any of whose relationships was created or updated, in file order. */
  changedEntityIds: string[];
  durationMs: number;
}

const DEFAULT_TIMEOUT_MS = 600_000;

function count(items: { status: ChangeStatus }[]): Counts {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

/** Errors in row order (file-level ones first), whichever check found them. */
function byRow(errors: ValidationError[]): ValidationError[] {
  const rowOf = (e: ValidationError) => Number(/^row (\d+)/.exec(e.entry)?.[1] ?? 0);
  return errors.map((e, i) => ({ e, i })).sort((a, b) => rowOf(a.e) - rowOf(b.e) || a.i - b.i).map(({ e }) => e);
}

/** Writes what the plan created or updated, nodes first; unchanged rows are not touched. */
async function applyPlan(tx: ManagedTransaction, plan: ImportPlan, fields: ImportFields, onProgress?: (p: ImportProgress) => void) {
  const nodes = plan.nodes.filter((n) => n.status !== 'unchanged');
  const relationships = plan.relationships.filter((r) => r.status !== 'unchanged');
  const total = nodes.length + relationships.length;
  let done = 0;
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  onProgress?.({ phase: 'write', done, total });
  for (const batch of batches(nodes)) {
    const rows = batch.map((n) => ({ id: n.id, label: fields.label, properties: n.properties }));
    nodesCreated += (await mergeEntities.execute(tx, { nodes: rows })).updates.nodesCreated;
    await writeNameKeys(tx, rows.map((row) => row.id));
    done += batch.length;
    onProgress?.({ phase: 'write', done, total });
  }
  for (const batch of batches(relationships)) {
    const rows = batch.map((r) => ({ from: r.from, type: r.type, to: r.to, properties: r.properties }));
    relationshipsCreated += (await mergeRelationships.execute(tx, { relationships: rows })).updates.relationshipsCreated;
    done += batch.length;
    onProgress?.({ phase: 'write', done, total });
  }
  // The plan read the same transaction; a difference means another writer got in between.
  const expected = count(plan.nodes).created;
  const expectedRels = count(plan.relationships).created;
  if (nodesCreated !== expected || relationshipsCreated !== expectedRels) {
    throw new Error(
      `the database changed during the import (${nodesCreated}/${expected} nodes and ${relationshipsCreated}/${expectedRels} ` +
        'relationships created as planned): nothing was written; run the import again',
    );
  }
}

function reportOf(input: { file: string; format: ImportFormat; rows: number }, plan: ImportPlan, dryRun: boolean, started: number): ImportReport {
  const changed = new Set<string>();
  for (const node of plan.nodes) if (node.status !== 'unchanged') changed.add(node.id);
  for (const rel of plan.relationships) if (rel.status !== 'unchanged') changed.add(rel.rowId);
  const order = plan.nodes.map((n) => n.id).filter((id) => changed.has(id));
  return {
    ...input,
    dryRun,
    enterprises: count(plan.nodes),
    relationships: count(plan.relationships),
    changedEntityIds: order,
    durationMs: performance.now() - started,
  };
}

/** At most this many entity ids, and this many change entries, go into the change record of one import. */
export const AUDIT_CAP = 1000;

/** What the source note of an import's change record says when the record is cut at AUDIT_CAP. */
export const PARTIAL_RECORD_NOTE = 'this record keeps the first';

/**
 * The change record of one import run that changed something, for recordChange of
 * src/data/audit/change.ts: CREATED and LINKED entries for what it created, PROPERTY entries (before
 * and after) for what it updated, in file order (nodes, then relationships). A large import keeps
 * the first AUDIT_CAP entries and entity ids; its source note gives the file and the full counts.
 */
export function importChange(plan: ImportPlan, report: ImportReport, actor: string, label = 'Enterprise'): ChangeInput {
  const entries: ChangeEntry[] = [];
  for (const node of plan.nodes) {
    if (node.status === 'created') entries.push({ kind: 'CREATED', entityId: node.id, label });
    for (const c of node.changed) entries.push({ entityId: node.id, property: c.property, before: toJson(c.before), after: toJson(c.after) });
  }
  for (const rel of plan.relationships) {
    const relationship = { from: rel.from, type: rel.type, to: rel.to };
    if (rel.status === 'created') entries.push({ kind: 'LINKED', relationship });
    for (const c of rel.changed) entries.push({ relationship, property: c.property, before: toJson(c.before), after: toJson(c.after) });
  }
  const ids = report.changedEntityIds;
  const counts = (c: Counts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  const kept =
    entries.length > AUDIT_CAP || ids.length > AUDIT_CAP
      ? `; ${PARTIAL_RECORD_NOTE} ${Math.min(AUDIT_CAP, entries.length)} of ${entries.length} changes and ` +
        `${Math.min(AUDIT_CAP, ids.length)} of ${ids.length} entity ids`
      : '';
  return {
    actor,
    role: 'import',
    operation: 'importEnterprises',
    entityIds: ids.slice(0, AUDIT_CAP),
    changes: entries.slice(0, AUDIT_CAP),
    source: {
      note:
        `bulk import of ${report.file} (${report.format}, ${report.rows} rows): enterprises ${counts(report.enterprises)}; ` +
        `relationships ${counts(report.relationships)}${kept}`,
    },
  };
}

/** A file parsed and checked row by row, not yet against the database. */
export interface PreparedImport {
  file: string;
  format: ImportFormat;
  rows: number;
  fields: ImportFields;
  validation: RowValidation;
}

/**
 * Parses and validates a file without the database. Throws ImportError for problems with the
 * file as a whole (format, syntax, shape, CSV header); row errors are kept in `validation` so
 * that the database checks can still add theirs and every error is reported at once.
 */
export function prepareImport(input: ImportInput, model: Model = dataModel()): PreparedImport {
  const fields = importFields(model);
  const format = input.format ?? formatOf(input.file);
  if (!format) {
    throw new ImportError([{ file: input.file, entry: '(file)', reason: 'unknown format: the file name must end in .json, .yaml, .yml or .csv' }]);
  }
  const parsed = parseImport(input.file, input.text, format, fields);
  if (parsed.errors.length > 0) throw new ImportError(parsed.errors);
  return { file: input.file, format, rows: parsed.rows.length, fields, validation: validateRows(input.file, parsed.rows, fields) };
}

/** Reads a file for prepareImport; the path as given names it in messages. */
export function readImportFile(file: string): ImportInput {
  try {
    return { file, text: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ImportError([{ file, entry: '(file)', reason: `cannot read it: ${reason}` }]);
  }
}

/**
 * Imports a prepared file: checked against the database, compared with what is stored, and
 * written in ONE transaction with the seed's MERGE statements, only where something differs.
 * Throws ImportError, with nothing written, on any problem, listing every one.
 */
export async function runImport(driver: Driver, prepared: PreparedImport, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const { file, fields, validation } = prepared;
  const about = { file, format: prepared.format, rows: prepared.rows };
  const tx = { database: options.database, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };

  if (validation.errors.length > 0 || options.dryRun) {
    // Still check the valid rows against the database, so that every error is reported at once.
    const plan = await runReads(driver, { ...tx, metadata: { app: 'chengyu-graph', operation: 'importEnterprises:check' } }, (t) =>
      planImport(t, file, validation, fields, options.onProgress),
    );
    const errors = byRow([...validation.errors, ...plan.errors]);
    if (errors.length > 0) throw new ImportError(errors);
    return reportOf(about, plan, true, started);
  }

  await applySchema(driver, options.database);
  const report = await writeTransaction(driver, { ...tx, metadata: { app: 'chengyu-graph', operation: 'importEnterprises' } }, async (t) => {
    const plan = await planImport(t, file, validation, fields, options.onProgress);
    if (plan.errors.length > 0) throw new ImportError(byRow(plan.errors));
    await applyPlan(t, plan, fields, options.onProgress);
    const report = reportOf(about, plan, false, started);
    // One change record per run that changed something, in this transaction: a rerun that
    // changes nothing leaves the database exactly as it was.
    if (report.changedEntityIds.length > 0) {
      await recordChange(t, importChange(plan, report, options.actor ?? process.env.USER ?? 'unknown', fields.label));
    }
    options.onProgress?.({ phase: 'commit', done: 0, total: 1 });
    return report;
  });
  await runReads(driver, { ...tx, timeoutMs: 120_000 }, (t) => awaitIndexes.run(t, {}));
  return { ...report, durationMs: performance.now() - started };
}

/** prepareImport and runImport in one. */
export async function importEnterprises(driver: Driver, input: ImportInput, options: ImportOptions): Promise<ImportReport> {
  return runImport(driver, prepareImport(input, options.model), options);
}

/** Reads a file and imports it. */
export async function importFile(driver: Driver, file: string, options: ImportOptions): Promise<ImportReport> {
  return importEnterprises(driver, readImportFile(file), options);
}

/** The report as the CLI prints it. */
export function formatReport(report: ImportReport, target?: string): string[] {
  const line = (what: string, c: Counts) => `  ${what}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  const seconds = (report.durationMs / 1000).toFixed(1);
  return [
    `${report.dryRun ? 'checked' : 'imported'} ${report.file} (${report.format}, ${report.rows} ${report.rows === 1 ? 'row' : 'rows'})${target ? ` ${report.dryRun ? 'against' : 'into'} ${target}` : ''} in ${seconds} s`,
    line('enterprises', report.enterprises),
    line('relationships', report.relationships),
    ...(report.dryRun ? ['(dry run: nothing written)'] : []),
  ];
}
