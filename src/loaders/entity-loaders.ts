import DataLoader from 'dataloader';
import { defineQuery, type QueryObserver, type QueryRunner } from '../db/cypher.js';
import { loadProgressPages, type ProgressItems, type ProgressKey } from '../data/progress.js';
import { type RawProperties, toEntity, toRelationship } from '../data/rows.js';
import { type EntitySideRow, readSides } from '../data/sides.js';
import type { RelationshipRow } from '../model/rows.generated.js';
import type { EntityRow } from '../model/rows.generated.js';

export interface RelatedKey {
  id: string;
  /** Relationship types to follow; null for all. */
  types: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Labels allowed at the other end; null for all. */
  labels: string[] | null;
  offset: number;
  first: number;
  /**
   * Fetch only the nodes' id, name, nameEn and labels: the rows then carry defaults for every
   * other property, so this is for selections that ask for no more (src/graphql/selection-projection.ts).
   */
  briefNodes: boolean;
  /** Fetch the relationships' own properties; without them a relationship has its type and direction only. */
  relationshipProperties: boolean;
}

export interface RelatedPage {
  totalCount: number;
  items: { node: EntityRow; relationship: RelationshipRow }[];
}

export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  language: string;
}

const entitiesByIds = defineQuery<{ ids: readonly string[] }, { node: RawProperties | null }>('entitiesByIds');

/** An edge of relatedPages: the node is [id, name, nameEn] for a key with briefNodes, else all its properties. */
type EdgeRecord = [
  type: string,
  outgoing: boolean,
  properties: RawProperties | null,
  labels: string[],
  node: RawProperties | [id: string, name: string, nameEn: string],
];
const relatedPages = defineQuery<{ keys: readonly RelatedKey[] }, { totalCount: number; edges: EdgeRecord[] }>('relatedPages');

const paragraphsByIds = defineQuery<{ ids: readonly string[] }, { text: string | null }>('paragraphsByIds');
const sourcesByIds = defineQuery<{ ids: readonly string[] }, { source: SourceRow | null }>('sourcesByIds');

function relatedItem([type, outgoing, properties, labels, node]: EdgeRecord): RelatedPage['items'][number] {
  const raw = Array.isArray(node) ? { id: node[0], name: node[1], nameEn: node[2], labels } : { ...node, labels };
  return { node: toEntity(raw), relationship: toRelationship(type, outgoing, properties ?? {}) };
}

export type Read = <T>(work: (tx: QueryRunner) => Promise<T>) => Promise<T>;

/**
 * The loaders of one request. Each batches every key asked for at one level of the query
 * into a single UNWIND statement, so a query costs one round trip per level, not per item.
 */
export function createEntityLoaders(read: Read, observer: QueryObserver) {
  return {
    entity: new DataLoader<string, EntityRow | null>(async (ids) => {
      const rows = await read((tx) => entitiesByIds.run(tx, { ids }, observer));
      return rows.map((row) => (row.node ? toEntity(row.node) : null));
    }),
    related: new DataLoader<RelatedKey, RelatedPage, string>(
      async (keys) => {
        const rows = await read((tx) => relatedPages.run(tx, { keys }, observer));
        return rows.map((row) => ({ totalCount: row.totalCount, items: row.edges.map(relatedItem) }));
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    paragraphText: new DataLoader<string, string | null>(async (ids) => {
      const rows = await read((tx) => paragraphsByIds.run(tx, { ids }, observer));
      return rows.map((row) => row.text);
    }),
    source: new DataLoader<string, SourceRow | null>(async (ids) => {
      const rows = await read((tx) => sourcesByIds.run(tx, { ids }, observer));
      return rows.map((row) => row.source);
    }),
    side: new DataLoader<string, EntitySideRow | null>((ids) => readSides(read, observer, ids)),
    progress: new DataLoader<ProgressKey, ProgressItems, string>((keys) => loadProgressPages(read, observer, keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    }),
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
