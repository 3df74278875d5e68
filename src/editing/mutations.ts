import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { requireRole } from '../auth/caller.js';
import type { EditingPort } from './port.js';
import { type ChangeEntry, type ChangeInput, type ChangeRow, type EditSource, toJson } from '../data/audit/change.js';
import { recordChangeRow } from '../data/audit/record.js';
import { primaryLabel, type ProgressUpdateRow, type RawProperties, toEntity, toProgressRow, toRelationship } from '../data/rows.js';
import { writeNameKeys } from '../data/name-keys.js';
import { defineQuery } from '../db/cypher.js';
import { withoutDerivedProperties } from '../model/derived-properties.js';
import { badUserInput, conflict } from '../model/errors.js';
import { citationProperties, citationsOf, PROVENANCE_KEYS, withCitation, withSourceNote } from '../model/citations.js';
import type { EntityRow, RelationshipRow } from '../model/rows.generated.js';
import type { PropertySpec } from '../model/dataset-schema.js';

import { dataModel, isSymmetric, progressStatuses } from '../model/model.js';
import {
  editSource,
  type PlainValue,
  relationshipAllowed,
  requireText,
  validateCreate,
  validateLink,
  validateProgress,
  validateUpdate,
} from './validate.js';
import { freeId, labelPrefix, slugify } from '../model/ids.js';

/**
 * The mutations: each validates its input without the database, then runs ONE write
 * transaction (ctx.write) that checks the rest against the graph, takes its locks, writes, and
 * records the change with recordChange. Any failure throws before commit: nothing is written.
 */

type Row = { node: RawProperties };
const paragraphText = defineQuery<{ sourceId: string; paragraphId: string }, { sourceExists: boolean; text: string | null }>('paragraphText');
const lockLabel = defineQuery<{ key: string }, never>('lockLabel');
const lockEntities = defineQuery<{ ids: string[] }, Row>('lockEntities');
const nameTaken = defineQuery<{ label: string; name: string; exceptId: string | null }, { id: string | null }>('nameTaken');
const idsLike = defineQuery<{ base: string }, { ids: string[] }>('idsLike');
const createEntityQuery = defineQuery<{ id: string; label: string; properties: Record<string, unknown> }, Row>('createEntity');
const setEntityProperties = defineQuery<{ id: string; properties: Record<string, unknown> }, Row>('setEntityProperties');
const entityNeighbourhood = defineQuery<
  { id: string },
  { relationships: { from: string; type: string; to: string; properties: RawProperties }[]; progress: RawProperties[] }
>('entityNeighbourhood');
const deleteEntityQuery = defineQuery<{ id: string }, { deleted: number }>('deleteEntity');
type RelParams = { from: string; type: string; to: string };
const relationshipPropertiesQuery = defineQuery<RelParams, { forward: RawProperties | null; backward: RawProperties | null }>('relationshipProperties');
const createRelationship = defineQuery<RelParams & { properties: Record<string, unknown> }, { properties: RawProperties }>('createRelationship');
const replaceRelationshipProperties = defineQuery<RelParams & { properties: Record<string, unknown> }, { properties: RawProperties }>(
  'replaceRelationshipProperties',
);
const deleteRelationship = defineQuery<RelParams, { properties: RawProperties }>('deleteRelationship');
const createProgressUpdate = defineQuery<{ entityId: string; progress: Record<string, unknown> }, { progress: RawProperties }>('createProgressUpdate');

// ------------------------------------------------------------------------------- helpers

/** A value as Neo4j stores it: `int` properties as integers, the rest as given; null removes. */
function stored(value: PlainValue | null, spec: PropertySpec | undefined): unknown {
  if (value === null) return null;
  return spec?.type === 'int' && typeof value === 'number' ? neo4j.int(value) : value;
}

/** The provenance lists of a node or relationship with `source` added (unchanged when it is already there). */
function withSource(current: RawProperties, source: EditSource): { properties: Record<string, unknown>; added: boolean } {
  const notes = (current.sourceNotes as string[] | undefined) ?? [];
  if ('note' in source) {
    const noted = withSourceNote(notes, source.note);
    return { properties: { ...citationProperties(citationsOf(current)), sourceNotes: noted.notes }, added: noted.added };
  }
  const cited = withCitation(citationsOf(current), source.citation);
  return { properties: { ...citationProperties(cited.citations), sourceNotes: notes }, added: cited.added };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));
}

/** Checks a citation against the paragraph stored in Neo4j: the source, the paragraph, the quote verbatim. */
async function verifySource(ctx: EditingPort, tx: ManagedTransaction, source: EditSource, argument = 'input.source'): Promise<void> {
  if (!('citation' in source)) return;
  const { citation } = source;
  const [row] = await paragraphText.run(
    tx,
    { sourceId: citation.source, paragraphId: `${citation.source}#${citation.paragraph}` },
    ctx.roundTrips,
  );
  if (!row?.sourceExists) throw badUserInput(`${argument}.citation.source: no source "${citation.source}"`, `${argument}.citation.source`);
  if (row.text === null) {
    throw badUserInput(`${argument}.citation.paragraph: source ${citation.source} has no paragraph ${citation.paragraph}`, `${argument}.citation.paragraph`);
  }
  if (!row.text.includes(citation.quote)) {
    throw badUserInput(`${argument}.citation.quote is not verbatim in [P${citation.paragraph}] of ${citation.source}`, `${argument}.citation.quote`);
  }
}

/** Locks the entities and reads them; BAD_USER_INPUT naming the field of a missing one. */
async function lockAndRead(ctx: EditingPort, tx: ManagedTransaction, ids: Record<string, string>): Promise<Record<string, RawProperties>> {
  const rows = await lockEntities.run(tx, { ids: [...new Set(Object.values(ids))] }, ctx.roundTrips);
  const byId = new Map(rows.map((row) => [row.node.id as string, row.node]));
  const found: Record<string, RawProperties> = {};
  for (const [argument, id] of Object.entries(ids)) {
    const node = byId.get(id);
    if (!node) throw badUserInput(`${argument}: no entity with id "${id}"`, argument);
    found[argument] = node;
  }
  return found;
}

function labelOf(node: RawProperties): string {
  return primaryLabel(node.labels as string[]);
}

/** The node's properties without the lists of labels and provenance, for a change record. */
function snapshot(properties: RawProperties): Record<string, unknown> {
  return Object.fromEntries(Object.entries(withoutDerivedProperties(properties)).filter(([key]) => key !== 'labels'));
}

function modelProperties(properties: RawProperties): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !PROVENANCE_KEYS.has(key)));
}

function who(ctx: EditingPort, needed: 'editor' | 'admin' = 'editor') {
  return requireRole(ctx.caller, needed);
}

async function record(ctx: EditingPort, tx: ManagedTransaction, change: Omit<ChangeInput, 'actor' | 'role'>, needed: 'editor' | 'admin' = 'editor'): Promise<ChangeRow> {
  const { actor, role } = who(ctx, needed);
  return recordChangeRow(tx, { actor, role, ...change }, ctx.roundTrips);
}

/** Makes this request's later reads of the entity return what the mutation wrote. */
function prime(ctx: EditingPort, entity: EntityRow): EntityRow {
  ctx.loaders.entity.clear(entity.id).prime(entity.id, entity);
  return entity;
}

// ------------------------------------------------------------------------------ entities

export interface EntityResult {
  entity: EntityRow;
  change: ChangeRow | null;
}

/** createEnterprise, createPlatform, …: a new entity of `label`. */
export async function createEntity(ctx: EditingPort, label: string, input: Record<string, unknown>): Promise<EntityResult> {
  who(ctx);
  const model = dataModel();
  const specs = model.labels[label]!.properties;
  const request = validateCreate(model, label, input);
  const name = request.properties.name as string;
  return ctx.write(async (tx) => {
    await verifySource(ctx, tx, request.source);
    await lockLabel.run(tx, { key: label }, ctx.roundTrips);
    const [taken] = await nameTaken.run(tx, { label, name, exceptId: null }, ctx.roundTrips);
    if (taken?.id) throw conflict(`input.name: a ${label} named "${name}" exists already (${taken.id})`, 'input.name', { existingId: taken.id });
    let id: string;
    if (request.id) {
      const [inUse] = await idsLike.run(tx, { base: request.id }, ctx.roundTrips);
      if (inUse?.ids.includes(request.id)) throw conflict(`input.id: ${request.id} is in use`, 'input.id', { existingId: request.id });
      id = request.id;
    } else {
      const base = `${labelPrefix(label)}:${slugify(request.properties.nameEn as string)}`;
      const [like] = await idsLike.run(tx, { base }, ctx.roundTrips);
      id = freeId(base, like?.ids ?? []);
    }
    const properties: Record<string, unknown> = {
      ...Object.fromEntries(Object.entries(request.properties).map(([key, value]) => [key, stored(value, specs[key])])),
      ...withSource({}, request.source).properties,
    };
    const [row] = await createEntityQuery.run(tx, { id, label, properties }, ctx.roundTrips);
    await writeNameKeys(tx, [id], ctx.roundTrips);
    const change = await record(ctx, tx, {
      operation: `create${label}`,
      entityIds: [id],
      changes: [
        { kind: 'CREATED', entityId: id, label },
        ...Object.entries(request.properties).map(([property, after]): ChangeEntry => ({ entityId: id, property, before: null, after })),
      ],
      source: request.source,
    });
    return { entity: prime(ctx, toEntity(row!.node)), change };
  });
}

/** updateEnterprise, updatePlatform, …: the given fields of an entity of `label`. */
export async function updateEntity(ctx: EditingPort, label: string, input: Record<string, unknown>): Promise<EntityResult> {
  who(ctx);
  const model = dataModel();
  const specs = model.labels[label]!.properties;
  const request = validateUpdate(model, label, input);
  return ctx.write(async (tx) => {
    await verifySource(ctx, tx, request.source);
    // Renames queue on the label's lock before the entity's, as creates do: no deadlock, no duplicate name.
    if (typeof request.changes.name === 'string') await lockLabel.run(tx, { key: label }, ctx.roundTrips);
    const { 'input.id': before } = await lockAndRead(ctx, tx, { 'input.id': request.id });
    const actual = labelOf(before!);
    if (actual !== label) throw badUserInput(`input.id: ${request.id} is a ${actual}, not a ${label}`, 'input.id');
    const changed = Object.entries(request.changes).filter(([key, after]) => !same(before![key] ?? null, after));
    if (changed.length === 0) return { entity: prime(ctx, toEntity(before!)), change: null };
    const name = request.changes.name;
    if (typeof name === 'string' && changed.some(([key]) => key === 'name')) {
      const [taken] = await nameTaken.run(tx, { label, name, exceptId: request.id }, ctx.roundTrips);
      if (taken?.id) throw conflict(`input.name: a ${label} named "${name}" exists already (${taken.id})`, 'input.name', { existingId: taken.id });
    }
    const properties = {
      ...Object.fromEntries(changed.map(([key, value]) => [key, stored(value, specs[key])])),
      ...withSource(before!, request.source).properties,
    };
    const [row] = await setEntityProperties.run(tx, { id: request.id, properties }, ctx.roundTrips);
    await writeNameKeys(tx, [request.id], ctx.roundTrips);
    const change = await record(ctx, tx, {
      operation: `update${label}`,
      entityIds: [request.id],
      changes: changed.map(([property, after]) => ({ entityId: request.id, property, before: toJson(before![property]), after })),
      source: request.source,
    });
    return { entity: prime(ctx, toEntity(row!.node)), change };
  });
}

/** deleteEntity (admin): the entity, its relationships and progress updates; the change record keeps them all. */
export async function deleteEntity(ctx: EditingPort, input: Record<string, unknown>): Promise<DeleteEntityPayloadRow> {
  who(ctx, 'admin');
  const id = requireText(input.id, 'input.id', 200);
  const source = editSource(input.source);
  return ctx.write(async (tx) => {
    await verifySource(ctx, tx, source);
    const { 'input.id': node } = await lockAndRead(ctx, tx, { 'input.id': id });
    const [around] = await entityNeighbourhood.run(tx, { id }, ctx.roundTrips);
    await deleteEntityQuery.run(tx, { id }, ctx.roundTrips);
    const change = await record(
      ctx,
      tx,
      {
        operation: 'deleteEntity',
        entityIds: [id],
        changes: [
          ...(around?.relationships ?? []).map(
            (r): ChangeEntry => ({ kind: 'UNLINKED', relationship: { from: r.from, type: r.type, to: r.to }, before: r.properties }),
          ),
          ...(around?.progress ?? []).map(
            (p): ChangeEntry => ({ kind: 'DELETED', entityId: p.id as string, label: 'ProgressUpdate', before: p }),
          ),
          { kind: 'DELETED', entityId: id, label: labelOf(node!), before: snapshot(node!) },
        ],
        source,
      },
      'admin',
    );
    ctx.loaders.entity.clear(id);
    return { deletedId: id, change };
  });
}

// ------------------------------------------------------------------------- relationships

export interface DeleteEntityPayloadRow {
  deletedId: string;
  change: ChangeRow;
}

export interface UnlinkPayloadRow {
  from: EntityRow;
  to: EntityRow;
  change: ChangeRow;
}

export interface LinkPayloadRow {
  from: EntityRow;
  to: EntityRow;
  relationship: RelationshipRow;
  created: boolean;
  change: ChangeRow | null;
}

/** link: creates `from -type-> to`, or replaces the properties of the existing one. */
export async function link(ctx: EditingPort, input: Record<string, unknown>): Promise<LinkPayloadRow> {
  who(ctx);
  const model = dataModel();
  const request = validateLink(model, input);
  const { from, type, to } = request;
  const specs = model.relationships[type]!.properties;
  return ctx.write(async (tx) => {
    await verifySource(ctx, tx, request.source);
    const ends = await lockAndRead(ctx, tx, { 'input.from': from, 'input.to': to });
    const fromNode = ends['input.from']!;
    const toNode = ends['input.to']!;
    const refused = relationshipAllowed(model, type, labelOf(fromNode), labelOf(toNode));
    if (refused) throw badUserInput(`input.type: ${refused}`, 'input.type');
    const [existing] = await relationshipPropertiesQuery.run(tx, { from, type, to }, ctx.roundTrips);
    if (!existing?.forward && existing?.backward && isSymmetric(type)) {
      throw conflict(`input.type: ${type} is read both ways and is stored already as ${to} -> ${from}; link it that way`, 'input.type');
    }
    const current = existing?.forward ?? null;
    const provenance = withSource(current ?? {}, request.source);
    const properties = {
      ...Object.fromEntries(Object.entries(request.properties).map(([key, value]) => [key, stored(value, specs[key])])),
      ...provenance.properties,
    };
    const key = { from, type, to };
    const keys = [...new Set([...Object.keys(request.properties), ...Object.keys(modelProperties(current ?? {}))])];
    const diffs = keys
      .map((property) => ({ property, before: toJson(current?.[property]), after: toJson(request.properties[property]) }))
      .filter((d) => !same(d.before, d.after));
    const view = (raw: RawProperties) => ({
      from: prime(ctx, toEntity(fromNode)),
      to: prime(ctx, toEntity(toNode)),
      relationship: toRelationship(type, true, raw),
    });
    if (current && diffs.length === 0 && !provenance.added) return { ...view(current), created: false, change: null };
    const [row] = current
      ? await replaceRelationshipProperties.run(tx, { ...key, properties }, ctx.roundTrips)
      : await createRelationship.run(tx, { ...key, properties }, ctx.roundTrips);
    const change = await record(ctx, tx, {
      operation: 'link',
      entityIds: [from, to],
      changes: [
        ...(current ? [] : [{ kind: 'LINKED', relationship: key } as ChangeEntry]),
        ...diffs.map((d): ChangeEntry => ({ relationship: key, ...d })),
      ],
      source: request.source,
    });
    ctx.loaders.related.clearAll();
    return { ...view(row!.properties), created: !current, change };
  });
}

/** unlink: removes `from -type-> to`. */
export async function unlink(ctx: EditingPort, input: Record<string, unknown>): Promise<UnlinkPayloadRow> {
  who(ctx);
  const from = requireText(input.from, 'input.from', 200);
  const to = requireText(input.to, 'input.to', 200);
  const type = requireText(input.type, 'input.type', 100);
  const source = editSource(input.source);
  return ctx.write(async (tx) => {
    await verifySource(ctx, tx, source);
    const ends = await lockAndRead(ctx, tx, { 'input.from': from, 'input.to': to });
    const [removed] = await deleteRelationship.run(tx, { from, type, to }, ctx.roundTrips);
    if (!removed) throw badUserInput(`input.type: there is no ${type} relationship from ${from} to ${to}`, 'input.type');
    const relationship = { from, type, to };
    const change = await record(ctx, tx, {
      operation: 'unlink',
      entityIds: [from, to],
      changes: [{ kind: 'UNLINKED', relationship, before: removed.properties }],
      source,
    });
    ctx.loaders.related.clearAll();
    return { from: prime(ctx, toEntity(ends['input.from']!)), to: prime(ctx, toEntity(ends['input.to']!)), change };
  });
}

// ------------------------------------------------------------------------------- progress

export interface RecordProgressPayloadRow {
  progress: ProgressUpdateRow;
  entity: EntityRow;
  change: ChangeRow;
}

/** recordProgress: a dated update on a task or project, and with `status` its new status. */
export async function recordProgress(
  ctx: EditingPort,
  input: Record<string, unknown>,
): Promise<RecordProgressPayloadRow> {
  const { actor } = who(ctx);
  const request = validateProgress(input);
  return ctx.write(async (tx) => {
    await verifySource(ctx, tx, request.source);
    const { 'input.entityId': before } = await lockAndRead(ctx, tx, { 'input.entityId': request.entityId });
    const label = labelOf(before!);
    const statuses = progressStatuses(label);
    if (!statuses) throw badUserInput(`input.entityId: ${request.entityId} is a ${label}; progress is recorded on tasks and projects`, 'input.entityId');
    if (request.status !== null && !statuses.includes(request.status)) {
      throw badUserInput(`input.status: a ${label} status is one of ${statuses.join(', ')}, got ${request.status}`, 'input.status');
    }
    const previousStatus = (before!.status as string | undefined) ?? null;
    const progressId = `progress:${randomUUID()}`;
    const fields = { date: request.date, note: request.note, ...(request.status !== null ? { status: request.status } : {}) };
    const [created] = await createProgressUpdate.run(
      tx,
      {
        entityId: request.entityId,
        progress: {
          id: progressId,
          entityId: request.entityId,
          ...fields,
          previousStatus: request.status !== null ? previousStatus : null,
          recordedBy: actor,
          ...withSource({}, request.source).properties,
        },
      },
      ctx.roundTrips,
    );
    const changes: ChangeEntry[] = [
      { kind: 'CREATED', entityId: progressId, label: 'ProgressUpdate' },
      ...Object.entries(fields).map(([property, after]): ChangeEntry => ({ entityId: progressId, property, before: null, after })),
    ];
    let entity = toEntity(before!);
    if (request.status !== null && request.status !== previousStatus) {
      const properties = { status: request.status, ...withSource(before!, request.source).properties };
      const [row] = await setEntityProperties.run(tx, { id: request.entityId, properties }, ctx.roundTrips);
      entity = toEntity(row!.node);
      changes.push({ entityId: request.entityId, property: 'status', before: previousStatus, after: request.status });
    }
    const change = await record(ctx, tx, { operation: 'recordProgress', entityIds: [request.entityId], changes, source: request.source });
    return { progress: toProgressRow(created!.progress), entity: prime(ctx, entity), change };
  });
}
