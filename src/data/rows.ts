import type { RelationshipMapper } from '../graphql/mappers/entities.mappers.js';
import type { CitationRow, EntityRow } from '../graphql/mappers/entity.mappers.js';
import type { RelationshipType } from '../graphql/types.generated.js';

/** The record shape of `n {.*, labels: labels(n)}` and `properties(r)`. */
export type RawProperties = Record<string, unknown>;

const CITATION_KEYS = new Set(['citationSources', 'citationParagraphs', 'citationQuotes']);

/** Citations are stored as three parallel lists, since Neo4j properties cannot hold maps. */
export function citationsOf(properties: RawProperties): CitationRow[] {
  const sources = (properties.citationSources as string[] | undefined) ?? [];
  const paragraphs = (properties.citationParagraphs as number[] | undefined) ?? [];
  const quotes = (properties.citationQuotes as string[] | undefined) ?? [];
  return quotes.map((quote, i) => ({ source: sources[i]!, paragraph: paragraphs[i]!, quote }));
}

// A plain loop: this runs for every node and relationship of every answer, and the
// entries/filter/fromEntries version cost ~30× as much per row.
function withoutCitationKeys(properties: RawProperties): RawProperties {
  const kept: RawProperties = {};
  for (const key in properties) {
    if (!CITATION_KEYS.has(key)) kept[key] = properties[key];
  }
  return kept;
}

/** The entity's own label: every entity has `Entity` plus exactly one label of the model. */
export function primaryLabel(labels: string[]): string {
  return labels.find((label) => label !== 'Entity') ?? 'Entity';
}

/**
 * Turns a Cypher entity record into the resolvers' row. `__typename` lets GraphQL resolve the
 * Node and Entity interfaces without a lookup.
 */
export function toEntity(raw: RawProperties): EntityRow {
  const labels = raw.labels as string[];
  return {
    ...withoutCitationKeys(raw),
    __typename: primaryLabel(labels),
    id: raw.id as string,
    labels,
    name: raw.name as string,
    nameEn: raw.nameEn as string,
    nameEnOfficial: raw.nameEnOfficial === true,
    aliases: (raw.aliases as string[] | undefined) ?? [],
    summary: (raw.summary as string | undefined) ?? null,
    citations: citationsOf(raw),
    sourceNotes: (raw.sourceNotes as string[] | undefined) ?? [],
  } as EntityRow;
}

/** Relationship properties are typed by data/model.yaml, which the validator enforced before import. */
export function toRelationship(type: string, outgoing: boolean, properties: RawProperties): RelationshipMapper {
  return {
    ...withoutCitationKeys(properties),
    type: type as RelationshipType,
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    citations: citationsOf(properties),
    sourceNotes: (properties.sourceNotes as string[] | undefined) ?? [],
  };
}
