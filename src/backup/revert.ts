import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { type ChangeEntry, type JsonValue, type RecordedChange, toJson } from '../data/audit/change.js';
import { recordChange } from '../data/audit/record.js';
import { writeNameKeys } from '../data/name-keys.js';
import { defineQuery } from '../db/cypher.js';
import { withoutDerivedProperties } from '../model/derived-properties.js';
import { writeTransaction } from '../db/transactions.js';
import { dataModel } from '../model/model.js';
import type { Model, PropertySpec } from '../model/dataset-schema.js';
import { PARTIAL_RECORD_NOTE } from '../ingest/import/import.js';

/**
 * Undoes one change record (a mutation, or one import run) from its entries, in one write
 * transaction that also records the undoing as a change of its own (operation `revert`), so a
 * revert can be reverted in turn. Refused, with nothing written, when a later change record names
 * any entity the change names, when the graph no longer holds what the change left (something
 * wrote there without a change record), or when the record is incomplete (a large import keeps
 * only its first entries).
 */

type Raw = Record<string, unknown>;
type Key = { from: string; type: string; to: string };

export interface RevertOptions {
  database: string;
  /** Who reverts, for the change record. */
  actor: string;
  timeoutMs?: number;
  model?: Model;
}

export interface RevertReport {
  reverted: { id: string; operation: string; actor: string; at: string };
  /** Entries undone. */
  undone: number;
  change: RecordedChange;
}

/** Why a change cannot be undone; nothing was written. */
export class RevertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RevertError';
  }
}

const changeRecord = defineQuery<{ id: string }, { record: Raw }>('revertChangeRecord');
const laterChanges = defineQuery<{ id: string }, { id: string; at: string; operation: string; actor: string; shared: string[] }>('revertLaterChanges');
const relationshipsNow = defineQuery<{ keys: Key[] }, Key & { properties: Raw | null }>('revertRelationships');
const progressNow = defineQuery<{ ids: string[] }, { id: string; progress: Raw }>('revertProgressUpdates');
const deleteEntity = defineQuery<{ id: string }, { deleted: number }>('revertDeleteEntity');
const deleteProgress = defineQuery<{ id: string }, { deleted: number }>('revertDeleteProgressUpdate');
const createProgress = defineQuery<{ entityId: string; recordedAt: string; properties: Raw }, { created: number }>('revertCreateProgressUpdate');
// The editing mutations' statements: the same writes, with the same locks.
const lockEntities = defineQuery<{ ids: string[] }, { node: Raw }>('lockEntities');
const createEntity = defineQuery<{ id: string; label: string; properties: Raw }, { node: Raw }>('createEntity');
const setEntityProperties = defineQuery<{ id: string; properties: Raw }, { node: Raw }>('setEntityProperties');
const createRelationship = defineQuery<Key & { properties: Raw }, { properties: Raw }>('createRelationship');
const replaceRelationshipProperties = defineQuery<Key & { properties: Raw }, { properties: Raw }>('replaceRelationshipProperties');
const deleteRelationship = defineQuery<Key, { properties: Raw }>('deleteRelationship');

const PROGRESS = 'ProgressUpdate';
type Stored = { kind?: string; entityId?: string; label?: string; relationship?: Key; property?: string; before?: JsonValue; after?: JsonValue };

const keyOf = (r: Key) => `${r.from} -${r.type}-> ${r.to}`;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(toJson(a)) === JSON.stringify(toJson(b ?? null));

/** A JSON value as Neo4j stores the property: `int` ones (and paragraph numbers) as integers. */
function stored(key: string, value: JsonValue | undefined, specs: Record<string, PropertySpec>): unknown {
  if (value === null || value === undefined) return null;
  if (key === 'citationParagraphs' && Array.isArray(value)) return value.map((n) => neo4j.int(n as number));
  if (specs[key]?.type === 'int' && typeof value === 'number') return neo4j.int(value);
  return value;
}

function storedAll(properties: Record<string, JsonValue>, specs: Record<string, PropertySpec>): Raw {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, stored(key, value, specs)]));
}

function labelOf(node: Raw): string {
  return ((node.labels as string[]) ?? []).find((label) => label !== 'Entity') ?? 'Entity';
}

/** Reverts one change record; see the module comment. Throws RevertError when it cannot. */
export async function revertChange(driver: Driver, changeId: string, options: RevertOptions): Promise<RevertReport> {
  const model = options.model ?? dataModel();
  return writeTransaction(
    driver,
    { database: options.database, timeoutMs: options.timeoutMs ?? 300_000, metadata: { app: 'chengyu-graph', operation: 'revert' }, maxRetryTimeMs: 0 },
    (tx) => revertIn(tx, changeId, model, options.actor),
  );
}

async function revertIn(tx: ManagedTransaction, changeId: string, model: Model, actor: string): Promise<RevertReport> {
  const [found] = await changeRecord.run(tx, { id: changeId });
  if (!found) throw new RevertError(`there is no change record ${changeId}`);
  const record = found.record;
  const about = { id: changeId, operation: String(record.operation), actor: String(record.actor), at: String(record.at) };
  const notes = (record.sourceNotes as string[] | undefined) ?? [];
  if (notes.some((note) => note.includes(PARTIAL_RECORD_NOTE))) {
    throw new RevertError(
      `${changeId} (${about.operation}) keeps only part of what it changed (${notes.join('; ')}), so it cannot be undone from it; restore a backup made before it instead`,
    );
  }
  const later = await laterChanges.run(tx, { id: changeId });
  if (later.length > 0) {
    const lines = later.map((c) => `  ${c.id} (${c.operation} by ${c.actor} at ${c.at}) on ${c.shared.join(', ')}`);
    throw new RevertError(
      `${changeId} cannot be undone: ${later.length} later change(s) touched the same entities; revert them first, newest first:\n${lines.join('\n')}`,
    );
  }
  const entries = JSON.parse(String(record.changes ?? '[]')) as Stored[];

  // What the graph holds now, locked until the end of this transaction.
  const entityIds = [...new Set(entries.filter((e) => e.entityId && e.label !== PROGRESS).map((e) => e.entityId!))];
  const locked = await lockEntities.run(tx, { ids: entityIds });
  const nodes = new Map(locked.map(({ node }) => [node.id as string, node]));
  const keys = [...new Map(entries.filter((e) => e.relationship).map((e) => [keyOf(e.relationship!), e.relationship!])).values()];
  const relationships = new Map(
    (await relationshipsNow.run(tx, { keys: keys.map(({ from, type, to }) => ({ from, type, to })) })).map((r) => [keyOf(r), r.properties]),
  );
  const progressIds = entries.filter((e) => e.label === PROGRESS && e.entityId).map((e) => e.entityId!);
  const progress = new Map((await progressNow.run(tx, { ids: progressIds })).map((p) => [p.id, p.progress]));

  const created = new Set(entries.filter((e) => e.kind === 'CREATED').map((e) => e.entityId!));
  const linked = new Set(entries.filter((e) => e.kind === 'LINKED').map((e) => keyOf(e.relationship!)));
  const problems: string[] = [];
  const inverse: ChangeEntry[] = [];
  const writes: (() => Promise<void>)[] = [];
  const entitySpecs = (id: string) => model.labels[nodes.get(id) ? labelOf(nodes.get(id)!) : '']?.properties ?? {};
  const relationshipSpecs = (type: string) => model.relationships[type]?.properties ?? {};

  for (const entry of [...entries].reverse()) {
    const kind = entry.kind ?? 'PROPERTY';
    if (kind === 'CREATED' && entry.label === PROGRESS) {
      const now = progress.get(entry.entityId!);
      if (!now) problems.push(`progress update ${entry.entityId} it created is gone`);
      else {
        inverse.push({ kind: 'DELETED', entityId: entry.entityId!, label: PROGRESS, before: now });
        writes.push(async () => void (await deleteProgress.run(tx, { id: entry.entityId! })));
      }
    } else if (kind === 'CREATED') {
      const now = nodes.get(entry.entityId!);
      if (!now) problems.push(`entity ${entry.entityId} it created is gone`);
      else {
        const { labels: _labels, ...before } = withoutDerivedProperties(now);
        inverse.push({ kind: 'DELETED', entityId: entry.entityId!, label: entry.label!, before });
        writes.push(async () => {
          const [row] = await deleteEntity.run(tx, { id: entry.entityId! });
          if (!row?.deleted) throw new RevertError(`${changeId} cannot be undone: entity ${entry.entityId}, which it created, has relationships or progress it did not make`);
        });
      }
    } else if (kind === 'DELETED' && entry.label === PROGRESS) {
      if (progress.has(entry.entityId!)) problems.push(`progress update ${entry.entityId} it deleted exists again`);
      else {
        const { recordedAt, ...properties } = (entry.before ?? {}) as Record<string, JsonValue>;
        inverse.push({ kind: 'CREATED', entityId: entry.entityId!, label: PROGRESS });
        writes.push(async () => {
          await createProgress.run(tx, { entityId: String(properties.entityId), recordedAt: String(recordedAt), properties: storedAll(properties, {}) });
        });
      }
    } else if (kind === 'DELETED') {
      if (nodes.has(entry.entityId!)) problems.push(`entity ${entry.entityId} it deleted exists again`);
      else if (!model.labels[entry.label!]) problems.push(`entity ${entry.entityId} it deleted has label ${entry.label}, which model.yaml does not declare`);
      else {
        const { id: _id, ...properties } = (entry.before ?? {}) as Record<string, JsonValue>;
        inverse.push({ kind: 'CREATED', entityId: entry.entityId!, label: entry.label! });
        const specs = model.labels[entry.label!]!.properties;
        writes.push(async () => void (await createEntity.run(tx, { id: entry.entityId!, label: entry.label!, properties: storedAll(properties, specs) })));
      }
    } else if (kind === 'LINKED') {
      const key = entry.relationship!;
      const now = relationships.get(keyOf(key));
      if (!now) problems.push(`relationship ${keyOf(key)} it made is gone`);
      else {
        inverse.push({ kind: 'UNLINKED', relationship: key, before: now });
        writes.push(async () => void (await deleteRelationship.run(tx, { from: key.from, type: key.type, to: key.to })));
      }
    } else if (kind === 'UNLINKED') {
      const key = entry.relationship!;
      if (relationships.get(keyOf(key))) problems.push(`relationship ${keyOf(key)} it removed exists again`);
      else {
        inverse.push({ kind: 'LINKED', relationship: key });
        const properties = storedAll((entry.before ?? {}) as Record<string, JsonValue>, relationshipSpecs(key.type));
        writes.push(async () => void (await createRelationship.run(tx, { from: key.from, type: key.type, to: key.to, properties })));
      }
    } else if (entry.relationship) {
      const key = entry.relationship;
      if (linked.has(keyOf(key))) continue; // the relationship goes as a whole
      const now = relationships.get(keyOf(key));
      if (!now || !sameJson(now[entry.property!], entry.after)) {
        problems.push(`${entry.property} of relationship ${keyOf(key)} is no longer what it set`);
        continue;
      }
      inverse.push({ relationship: key, property: entry.property!, before: entry.after, after: entry.before });
      now[entry.property!] = stored(entry.property!, entry.before, relationshipSpecs(key.type));
      if (now[entry.property!] === null) delete now[entry.property!];
      const properties = storedAll(toJson(now) as Record<string, JsonValue>, relationshipSpecs(key.type));
      writes.push(async () => void (await replaceRelationshipProperties.run(tx, { from: key.from, type: key.type, to: key.to, properties })));
    } else if (created.has(entry.entityId!)) {
      continue; // the entity or progress update goes as a whole
    } else if (entry.label === PROGRESS || !nodes.has(entry.entityId!)) {
      problems.push(`${entry.property} of ${entry.entityId}: ${nodes.has(entry.entityId!) ? 'cannot be undone' : 'the entity is gone'}`);
    } else {
      const now = nodes.get(entry.entityId!)!;
      if (!sameJson(now[entry.property!], entry.after)) {
        problems.push(`${entry.property} of ${entry.entityId} is no longer what it set`);
        continue;
      }
      inverse.push({ entityId: entry.entityId!, property: entry.property!, before: entry.after, after: entry.before });
      const properties = { [entry.property!]: stored(entry.property!, entry.before, entitySpecs(entry.entityId!)) };
      writes.push(async () => void (await setEntityProperties.run(tx, { id: entry.entityId!, properties })));
    }
  }
  if (problems.length > 0) {
    throw new RevertError(`${changeId} cannot be undone: the graph was changed without a change record since:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  for (const write of writes) await write();
  await writeNameKeys(tx, entries.flatMap((entry) => (entry.entityId ? [entry.entityId] : [])));
  const change = await recordChange(tx, {
    actor,
    role: 'revert',
    operation: 'revert',
    entityIds: (record.entityIds as string[] | undefined) ?? [],
    changes: inverse,
    source: { note: `revert of ${changeId} (${about.operation} by ${about.actor} at ${about.at})` },
  });
  return { reverted: about, undone: inverse.length, change };
}
