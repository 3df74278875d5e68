import type { RelationshipRow } from '../model/rows.generated.js';
import { citationsOf, withoutCitationKeys } from '../model/citations.js';
import type { EntityRow } from '../model/rows.generated.js';
import type { RelationshipType } from '../model/rows.generated.js';

/** The record shape of `n {.*, labels: labels(n)}` and `properties(r)`. */
export type RawProperties = Record<string, unknown>;

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
export function toRelationship(type: string, outgoing: boolean, properties: RawProperties): RelationshipRow {
  return {
    ...withoutCitationKeys(properties),
    type: type as RelationshipType,
    direction: outgoing ? 'OUTGOING' : 'INCOMING',
    citations: citationsOf(properties),
    sourceNotes: (properties.sourceNotes as string[] | undefined) ?? [],
  };
}
