import { CITATION_KEYS, type CitationRow, citationsOf, withoutCitationKeys } from '../model/citations.js';
import { DERIVED_PROPERTIES } from '../model/derived-properties.js';
import type { EntityRow, ProjectStatus, RelationshipRow, RelationshipType, TaskStatus } from '../model/rows.generated.js';

/** The record shape of `n {.*, labels: labels(n)}` and `properties(r)`. */
export type RawProperties = Record<string, unknown>;

/** The entity's own label: every entity has `Entity` plus exactly one label of the model. */
export function primaryLabel(labels: string[]): string {
  return labels.find((label) => label !== 'Entity') ?? 'Entity';
}

/**
 * Turns a Cypher entity record into the resolvers' row. `__typename` lets GraphQL resolve the
 * Node and Entity interfaces without a lookup. The row's own fields come first, in one shape for
 * every row, and only the label's other properties are copied after them: this runs for every
 * node of every answer, and spreading the copies of the record cost several times as much.
 */
export function toEntity(raw: RawProperties): EntityRow {
  const labels = raw.labels as string[];
  const row = {
    __typename: primaryLabel(labels),
    id: raw.id as string,
    labels,
    name: raw.name as string,
    nameEn: raw.nameEn as string,
    nameEnOfficial: raw.nameEnOfficial === true,
    aliases: (raw.aliases as string[] | undefined) ?? [],
    summary: (raw.summary as string | undefined) ?? null,
    summaryEn: (raw.summaryEn as string | undefined) ?? null,
    citations: citationsOf(raw),
    sourceNotes: (raw.sourceNotes as string[] | undefined) ?? [],
  };
  const properties: Record<string, unknown> = row;
  for (const key in raw) {
    if (!Object.hasOwn(row, key) && !CITATION_KEYS.has(key) && !DERIVED_PROPERTIES.has(key)) properties[key] = raw[key];
  }
  return row as EntityRow;
}

/** Relationship properties are typed by data/model.yaml, which the validator enforced before import. */
export function toRelationship(type: string, outgoing: boolean, properties: RawProperties | null): RelationshipRow {
  if (!properties) return { type: type as RelationshipType, direction: outgoing ? 'OUTGOING' : 'INCOMING', citations: [], sourceNotes: [] };
  return {
    ...withoutCitationKeys(properties),
    type: type as RelationshipType,
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    citations: citationsOf(properties),
    sourceNotes: (properties.sourceNotes as string[] | undefined) ?? [],
  };
}

/** Neo4j's `toString(datetime)` (nanoseconds, maybe a zone id) as an ISO 8601 UTC instant. */
export function isoInstant(text: string): string {
  const withoutZoneId = text.replace(/\[[^\]]*\]$/, '');
  const date = new Date(withoutZoneId);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** A status progress may set: each label allows the values of its own `status` (data/model.yaml). */
export type ProgressStatus = TaskStatus | ProjectStatus;

/**
 * Progress updates: `(:Task|Project)-[:HAS_PROGRESS]->(:ProgressUpdate {id, entityId, date,
 * status, previousStatus, note, recordedAt, recordedBy, citation lists, sourceNotes})`. They
 * carry no Entity label: the entity APIs never list them; Task.progress and Project.progress do.
 */
export interface ProgressUpdateRow {
  id: string;
  date: string;
  status: ProgressStatus | null;
  previousStatus: ProgressStatus | null;
  note: string;
  citations: CitationRow[];
  sourceNotes: string[];
  recordedAt: string;
  recordedBy: string;
}

export function toProgressRow(raw: RawProperties): ProgressUpdateRow {
  return {
    id: raw.id as string,
    date: raw.date as string,
    status: (raw.status as ProgressStatus | undefined) ?? null,
    previousStatus: (raw.previousStatus as ProgressStatus | undefined) ?? null,
    note: raw.note as string,
    citations: citationsOf(raw),
    sourceNotes: (raw.sourceNotes as string[] | undefined) ?? [],
    recordedAt: isoInstant(String(raw.recordedAt)),
    recordedBy: raw.recordedBy as string,
  };
}
