import type { PropertySpec } from '../../model/dataset-schema.js';
import { citationProperties, citationsOf, withCitation, withSourceNote } from '../../model/citations.js';
import { type Properties, typedProperties } from '../properties.js';
import type { ImportLink, ImportRow } from './rows.js';

/** What an import does to one node or relationship. */
export type ChangeStatus = 'created' | 'updated' | 'unchanged';

/** Stored properties as the driver returns them (integers as numbers). */
export type StoredProperties = Record<string, unknown>;

/** One property an update changes; `before` is null where it was absent. */
export interface PropertyChange {
  property: string;
  before: unknown;
  after: unknown;
}

export interface PlannedChange {
  status: ChangeStatus;
  /** What to SET (`+=`) when the status is not unchanged, typed for Neo4j. */
  properties: Properties;
  /** For an update, the properties that differ from the stored ones (for the change record). */
  changed: PropertyChange[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  return a === b;
}

/**
 * Provenance accumulates: the row's citation and source note are added to what is stored, never
 * put in its place, so an import cannot take away the citations of a curated fact.
 */
function provenance(stored: StoredProperties | undefined, row: ImportRow): { plain: StoredProperties; typed: Properties } {
  const plain: StoredProperties = {};
  const typed: Properties = {};
  if (row.citation) {
    const { citations } = withCitation(citationsOf(stored), row.citation);
    plain.citationSources = citations.map((x) => x.source);
    plain.citationParagraphs = citations.map((x) => x.paragraph);
    plain.citationQuotes = citations.map((x) => x.quote);
    Object.assign(typed, citationProperties(citations));
  }
  if (row.sourceNote !== undefined) {
    const { notes } = withSourceNote((stored?.sourceNotes as string[] | undefined) ?? [], row.sourceNote);
    plain.sourceNotes = notes;
    typed.sourceNotes = notes;
  }
  return { plain, typed };
}

function plan(stored: StoredProperties | undefined, plain: StoredProperties, typed: Properties): PlannedChange {
  if (!stored) return { status: 'created', properties: typed, changed: [] };
  const changed = Object.entries(plain)
    .filter(([key, value]) => !sameValue(value, stored[key]))
    .map(([property, after]) => ({ property, before: stored[property] ?? null, after }));
  return { status: changed.length > 0 ? 'updated' : 'unchanged', properties: typed, changed };
}

/**
 * The node a row asks for, compared with the stored one. Fields the row leaves out keep their
 * stored values; a new node gets nameEnOfficial false and no aliases unless the row says otherwise.
 */
export function planNode(row: ImportRow, stored: StoredProperties | undefined, specs: Record<string, PropertySpec>): PlannedChange {
  const own: StoredProperties = { name: row.name, nameEn: row.nameEn };
  if (row.nameEnOfficial !== undefined || !stored) own.nameEnOfficial = row.nameEnOfficial ?? false;
  if (row.aliases !== undefined || !stored) own.aliases = row.aliases ?? [];
  if (row.summary !== undefined) own.summary = row.summary;
  const { plain: source, typed: typedSource } = provenance(stored, row);
  const plain = { ...own, ...row.properties, ...source };
  const typed: Properties = { ...(own as Properties), ...typedProperties(row.properties, specs), ...typedSource };
  return plan(stored, plain, typed);
}

/** A relationship a row asks for, compared with the stored one; it carries the row's provenance. */
export function planRelationship(
  link: ImportLink,
  row: ImportRow,
  stored: StoredProperties | undefined,
  specs: Record<string, PropertySpec>,
): PlannedChange {
  const { plain: source, typed: typedSource } = provenance(stored, row);
  return plan(stored, { ...link.properties, ...source }, { ...typedProperties(link.properties, specs), ...typedSource });
}
