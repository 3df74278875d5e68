import type { RelationshipType } from '../types.generated.js';
import type { RelationshipMapper } from './entities.mappers.js';

/** One citation, unpacked from the parallel citation lists of a node or relationship. */
export interface CitationRow {
  source: string;
  paragraph: number;
  quote: string;
}

/** What every entity has; src/data/entities.ts builds it from `n {.*, labels: labels(n)}`. */
export interface EntityRow {
  id: string;
  labels: string[];
  name: string;
  nameEn: string;
  nameEnOfficial: boolean;
  aliases: string[];
  summary: string | null;
  citations: CitationRow[];
  /** Free-text sources of edits (src/editing/); empty for curated facts. */
  sourceNotes: string[];
}

/** A relationship seen from one of its ends; its own properties are in RelationshipMapper. */
export interface RelationshipRow {
  type: RelationshipType;
  direction: 'OUTGOING' | 'INCOMING';
  citations: CitationRow[];
  sourceNotes: string[];
}

export interface EdgeRow<T extends EntityRow = EntityRow> {
  cursor: string;
  node: T;
  relationship: RelationshipMapper | null;
}

/** A page of a list, fully built: no resolver is needed below a connection. */
export interface ConnectionRow<T extends EntityRow = EntityRow> {
  edges: EdgeRow<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}
