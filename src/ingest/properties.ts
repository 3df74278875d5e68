import neo4j, { type Integer } from 'neo4j-driver';
import { citationProperties } from '../model/citations.js';
import type { NodeEntry, PropertySpec, RelationshipEntry } from '../model/dataset-schema.js';

/** How values reach Neo4j: model `int` properties and paragraph numbers as integers, the rest as given. */
export type Value = string | number | boolean | string[] | Integer | Integer[] | null;
export type Properties = Record<string, Value>;

/** Rows per UNWIND statement, for the seed and the bulk import alike. */
export const BATCH_SIZE = 1000;

/** A label's or type's own properties, with `int` ones as Neo4j integers (model.yaml gives the types). */
export function typedProperties(properties: Record<string, unknown>, specs: Record<string, PropertySpec>): Properties {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      specs[key]?.type === 'int' && typeof value === 'number' ? neo4j.int(value) : (value as Value),
    ]),
  );
}

/**
 * Citations, source notes and the synthetic mark of an entry, as stored. What the entry leaves out
 * is not set, so a seed keeps the source notes the API added to a curated entity.
 */
function provenanceProperties(entry: NodeEntry | RelationshipEntry): Properties {
  return {
    ...(entry.citations !== undefined ? citationProperties(entry.citations) : {}),
    ...(entry.sourceNotes !== undefined ? { sourceNotes: entry.sourceNotes } : {}),
    ...(entry.synthetic !== undefined ? { synthetic: entry.synthetic } : {}),
  };
}

export function nodeProperties(node: NodeEntry, specs: Record<string, PropertySpec>): Properties {
  return {
    name: node.name,
    nameEn: node.nameEn,
    nameEnOfficial: node.nameEnOfficial,
    aliases: node.aliases,
    summary: node.summary ?? null,
    summaryEn: node.summaryEn ?? null,
    ...typedProperties(node.properties, specs),
    ...provenanceProperties(node),
  };
}

export function relationshipProperties(rel: RelationshipEntry, specs: Record<string, PropertySpec>): Properties {
  return { ...typedProperties(rel.properties, specs), ...provenanceProperties(rel) };
}

export function batches<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
