import { randomUUID } from 'node:crypto';
import neo4j, { type Integer, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime, type ManagedTransaction } from 'neo4j-driver';
import { defineQuery, type QueryObserver } from '../db/cypher.js';
import { badUserInput } from '../model/errors.js';
import { type CitationRow, citationsOf } from '../model/citations.js';
import type { Citation } from '../model/dataset-schema.js';
import { pageOf } from '../model/pagination.js';
import { isoInstant, type RawProperties } from './rows.js';
import type { ReadPort } from './port.js';

/**
 * The audit trail: one `(:Change)` node per write, created in the writing transaction, so a
 * change is recorded exactly when it commits. Change nodes carry no `Entity` label: the entity
 * APIs never see them. They are never deleted, also not with the entities they name.
 *
 * Stored shape:
 *   (:Change {id: 'change:<uuid>', at: DateTime (database clock, UTC), actor, role, operation,
 *             entityIds: [id, …], changes: '<JSON of ChangeEntry[]>',
 *             citationSources, citationParagraphs, citationQuotes, sourceNotes})
 *   (:Change)-[:CHANGED]->(:Entity)   for every named entity that exists when the record is written
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A relationship, identified as in the dataset by (from, type, to). */
export interface ChangedRelationshipRow {
  from: string;
  type: string;
  to: string;
}

/**
 * A property value before or after a change: JSON, or anything Neo4j returns or accepts
 * (integers, temporal values), stored as JSON by toJson. null (or undefined) means absent.
 */
export type ChangeValue = JsonValue | Integer | undefined | { toString(): string };

/**
 * One thing a change did. `kind` defaults to PROPERTY, so `{ entityId, property, before, after }`
 * is a complete entry. `before`/`after` are null where the property was (or is now) absent.
 */
export type ChangeEntry =
  | { kind?: 'PROPERTY'; entityId: string; property: string; before: ChangeValue; after: ChangeValue }
  | { kind?: 'PROPERTY'; relationship: ChangedRelationshipRow; property: string; before: ChangeValue; after: ChangeValue }
  | { kind: 'CREATED'; entityId: string; label: string }
  /** `before`: the properties the node had (a snapshot kept after it is gone). */
  | { kind: 'DELETED'; entityId: string; label: string; before?: Record<string, unknown> }
  | { kind: 'LINKED'; relationship: ChangedRelationshipRow }
  /** `before`: the properties the relationship had. */
  | { kind: 'UNLINKED'; relationship: ChangedRelationshipRow; before?: Record<string, unknown> };

/** Where the edit comes from: a citation of a stored paragraph, or a free-text note. */
export type EditSource = { citation: Citation } | { note: string };

/** What `recordChange` takes. */
export interface ChangeInput {
  /** Who: `api-key:<name>`, `jwt:<sub>`, or for tools something like `import:<file>`. */
  actor: string;
  /** The caller's role (`editor`, `admin`) or, for tools, what they are (`import`). */
  role: string;
  /** Which operation: the mutation's name (`updatePlatform`, `link`, …) or e.g. `import`. */
  operation: string;
  /** The entities the change is about; ids named in `changes` are added. */
  entityIds: string[];
  /** Before and after of everything changed, in order. */
  changes: ChangeEntry[];
  /** The edit's source; optional for tools whose entities carry their own citations. */
  source?: EditSource;
}

export interface RecordedChange {
  id: string;
  /** ISO 8601, UTC, database clock. */
  at: string;
}

const recordChangeQuery = defineQuery<{ change: Record<string, unknown> }, { id: string; at: string }>('recordChange');

/**
 * A value read from or written to Neo4j as JSON: integers as numbers, temporal values as their
 * ISO strings, lists and maps recursively; undefined as null.
 */
export function toJson(value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, toJson(v)]));
  }
  return String(value);
}

function idsOf(entry: ChangeEntry): string[] {
  return 'relationship' in entry ? [entry.relationship.from, entry.relationship.to] : [entry.entityId];
}

function normalised(entry: ChangeEntry): ChangeEntry {
  const kind = entry.kind ?? 'PROPERTY';
  if (kind === 'PROPERTY' && 'property' in entry) {
    return { ...entry, kind: 'PROPERTY', before: toJson(entry.before), after: toJson(entry.after) };
  }
  if ((entry.kind === 'DELETED' || entry.kind === 'UNLINKED') && entry.before) {
    return { ...entry, before: toJson(entry.before) as Record<string, JsonValue> };
  }
  return { ...entry, kind } as ChangeEntry;
}

/** The properties of the Change node for `change` (all but `at`, which the database sets). */
function storedChange(change: ChangeInput): RawProperties {
  for (const key of ['actor', 'role', 'operation'] as const) {
    if (typeof change[key] !== 'string' || change[key].trim() === '') throw new Error(`recordChange: ${key} must not be empty`);
  }
  const entityIds = [...new Set([...change.entityIds, ...change.changes.flatMap(idsOf)])];
  if (entityIds.length === 0) throw new Error('recordChange: a change must name at least one entity');
  const citation = change.source && 'citation' in change.source ? change.source.citation : undefined;
  const note = change.source && 'note' in change.source ? change.source.note : undefined;
  return {
    id: `change:${randomUUID()}`,
    actor: change.actor,
    role: change.role,
    operation: change.operation,
    entityIds,
    changes: JSON.stringify(change.changes.map(normalised)),
    citationSources: citation ? [citation.source] : [],
    citationParagraphs: citation ? [neo4j.int(citation.paragraph)] : [],
    citationQuotes: citation ? [citation.quote] : [],
    sourceNotes: note !== undefined ? [note] : [],
  };
}

/**
 * Writes one audit record in `tx`, the transaction of the change it describes: it commits or
 * rolls back with it. Call it after the change's writes (so `CHANGED` reaches entities the
 * change created; entities it deleted are kept in `entityIds` only). Throws on an empty actor,
 * role or operation, or a change naming no entity.
 */
export async function recordChange(tx: ManagedTransaction, change: ChangeInput, observer?: QueryObserver): Promise<RecordedChange> {
  const row = await recordChangeRow(tx, change, observer);
  return { id: row.id, at: row.at };
}

/** recordChange, returning the record as the API shows it. */
export async function recordChangeRow(tx: ManagedTransaction, change: ChangeInput, observer?: QueryObserver): Promise<ChangeRow> {
  const stored = storedChange(change);
  const [row] = await recordChangeQuery.run(tx, { change: stored }, observer);
  if (!row) throw new Error('recordChange: the record was not written');
  return toChangeRow({ ...stored, citationParagraphs: (stored.citationParagraphs as unknown[]).map(toJson), at: row.at });
}

// ------------------------------------------------------------------------------- reading

/** One entry of a change as the API shows it: values as JSON text. */
export interface ChangeEntryRow {
  kind: 'CREATED' | 'DELETED' | 'PROPERTY' | 'LINKED' | 'UNLINKED';
  entityId: string | null;
  label: string | null;
  relationship: ChangedRelationshipRow | null;
  property: string | null;
  before: string | null;
  after: string | null;
}

export interface ChangeRow {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  entityIds: string[];
  entries: ChangeEntryRow[];
  citations: CitationRow[];
  sourceNotes: string[];
}

function jsonText(value: JsonValue | undefined): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function toEntryRow(entry: ChangeEntry): ChangeEntryRow {
  const e = entry as Partial<{ kind: ChangeEntryRow['kind']; entityId: string; label: string; relationship: ChangedRelationshipRow; property: string; before: JsonValue; after: JsonValue }>;
  // Stored entries hold JSON only (normalised by toJson when recorded).
  return {
    kind: e.kind ?? 'PROPERTY',
    entityId: e.entityId ?? null,
    label: e.label ?? null,
    relationship: e.relationship ?? null,
    property: e.property ?? null,
    before: jsonText(e.before),
    after: jsonText(e.after),
  };
}

/** A stored Change node (`c {.*, at: toString(c.at)}`) as the API shows it. */
export function toChangeRow(raw: RawProperties): ChangeRow {
  let entries: ChangeEntry[] = [];
  try {
    entries = JSON.parse(String(raw.changes ?? '[]')) as ChangeEntry[];
  } catch {
    entries = [];
  }
  return {
    id: raw.id as string,
    at: isoInstant(String(raw.at)),
    actor: raw.actor as string,
    role: raw.role as string,
    operation: raw.operation as string,
    entityIds: (raw.entityIds as string[] | undefined) ?? [],
    entries: entries.map(toEntryRow),
    citations: citationsOf(raw),
    sourceNotes: (raw.sourceNotes as string[] | undefined) ?? [],
  };
}

export interface ChangeConnectionRow {
  edges: { cursor: string; node: ChangeRow }[];
  nodes: ChangeRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const changesOfQuery = defineQuery<
  { entityId: string; afterId: string | null; first: number },
  { totalCount: number; cursorValid: boolean; hasNextPage: boolean; changes: RawProperties[] }
>('changesOf');

const CURSOR_PREFIX = 'change:';

/** Cursors of the change list name a record, so pages stay put while new records arrive. */
export function changeCursor(id: string): string {
  return Buffer.from(id).toString('base64url');
}

function decodeChangeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id.startsWith(CURSOR_PREFIX) || changeCursor(id) !== cursor) {
    throw badUserInput(`after: "${cursor}" is not a cursor of this list`, 'after');
  }
  return id;
}

/** `changes(entityId, first, after)`: the records naming the entity, newest first. */
export async function listChanges(
  ctx: ReadPort,
  args: { entityId: string; first?: number | null; after?: string | null },
): Promise<ChangeConnectionRow> {
  const entityId = args.entityId.trim();
  if (entityId === '') throw badUserInput('entityId must not be empty', 'entityId');
  const { first } = pageOf({ first: args.first });
  const afterId = args.after ? decodeChangeCursor(args.after) : null;
  const [row] = await ctx.read((tx) => changesOfQuery.run(tx, { entityId, afterId, first }, ctx.roundTrips));
  if (!row?.cursorValid) throw badUserInput(`after: "${args.after}" is not a cursor of this list`, 'after');
  const nodes = row.changes.map(toChangeRow);
  const edges = nodes.map((node) => ({ cursor: changeCursor(node.id), node }));
  return {
    edges,
    nodes,
    totalCount: row.totalCount,
    pageInfo: {
      hasNextPage: row.hasNextPage,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

