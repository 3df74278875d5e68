import { type Integer, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import { type CitationRow, citationsOf } from '../../model/citations.js';
import type { Citation } from '../../model/dataset-schema.js';
import { isoInstant, type RawProperties } from '../rows.js';

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

