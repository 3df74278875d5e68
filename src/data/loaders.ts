import DataLoader from 'dataloader';
import { defineQuery, type QueryObserver } from '../db/cypher.js';
import { type CypherPiece, defineComposedQuery, relationshipPattern } from '../db/composed-statement.js';
import { type ProgressUpdateRow, type RawProperties, toEntity, toProgressRow, toRelationship } from './rows.js';
import type { Read } from '../db/request-database.js';
import type { Order, SortKey } from '../model/pagination.js';
import { type EntityMentionsKey, loadEntityMentions, type MentionRow } from './mentions.js';
import { type EntitySideRow, readSides } from './sides.js';
import { otherEndLabels } from '../model/model.js';
import type { RelationshipRow } from '../model/rows.generated.js';
import type { EntityRow } from '../model/rows.generated.js';

/** What the edges of one connection field need from the database besides ids. */
export interface EdgeProjection {
  /** The nodes' id, name, nameEn and labels are enough: the rows then carry defaults for every other property. */
  briefNodes: boolean;
  /** The relationships' own properties are asked for (else only their type and direction). */
  relationshipProperties: boolean;
}

/** One page of an entity's relationships, with what its edges need (src/graphql/selection-projection.ts). */
export interface RelatedKey extends EdgeProjection {
  id: string;
  /** Relationship types to follow; null for all. */
  types: string[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** Labels allowed at the other end; null for all. */
  labels: string[] | null;
  /** The sort key of the edge before the page (relatedSortKey); null: from the start. */
  after: SortKey | null;
  first: number;
}

export interface RelatedPage {
  totalCount: number;
  items: { node: EntityRow; relationship: RelationshipRow }[];
}

/** Relationship pages are sorted by the other end's name and id, then the type, then incoming before outgoing. */
export const RELATED_ORDER: Order = { name: 'RELATED', key: ['string', 'string', 'string', 'number'] };

export function relatedSortKey(item: RelatedPage['items'][number]): SortKey {
  return [item.node.name, item.node.id, item.relationship.type, item.relationship.direction === 'OUTGOING' ? 1 : 0];
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
/** A row of relatedPages: an entity of `ids` (group null) or the page of a group's key. */
type RelatedPagesRecord =
  | { group: null; at: number; node: RawProperties | null; totalCount: null; edges: null }
  | { group: number; at: number; node: null; totalCount: number; edges: EdgeRecord[] };
/** Keys of one relationship pattern, page size and projection, as the relatedPages statement takes them. */
interface PageGroup extends EdgeProjection {
  first: number;
  ids: string[];
  afters: (SortKey | null)[];
}
const relatedPages = defineComposedQuery<{ ids: readonly string[]; groups: PageGroup[] }, RelatedPagesRecord>('relatedPages');

/**
 * The pattern of a key, with no label where the model already allows nothing else at the other
 * end, so that Neo4j neither reads the labels of every related node nor walks them to count: it
 * counts from the entity's degrees. The model's relationship types only ever join entities the
 * model allows at their ends (imports and edits check both); a pattern without types names
 * `Entity`.
 */
function patternOf(key: RelatedKey): CypherPiece {
  if (!key.types) return relationshipPattern(null, key.direction, key.labels ?? ['Entity']);
  const allowed = otherEndLabels(key.types, key.direction);
  const implied = key.labels === null || (allowed !== null && [...allowed].every((label) => key.labels!.includes(label)));
  return relationshipPattern(key.types, key.direction, implied ? null : key.labels);
}

/**
 * The entities of `ids` and the pages of `keys`, in one statement: the keys grouped by pattern, page
 * size and projection, one block of the statement per group (cypher/entities/entities.cypher).
 */
async function readRelatedPages(
  read: Read,
  observer: QueryObserver,
  ids: readonly string[],
  keys: readonly RelatedKey[],
): Promise<{ nodes: (RawProperties | null)[]; pages: RelatedPage[] }> {
  const groups = new Map<string, { pattern: CypherPiece; group: PageGroup; at: number[] }>();
  keys.forEach((key, at) => {
    const shape = JSON.stringify([key.types, key.direction, key.labels, key.first, key.briefNodes, key.relationshipProperties]);
    let found = groups.get(shape);
    if (!found) {
      const group = { first: key.first, briefNodes: key.briefNodes, relationshipProperties: key.relationshipProperties, ids: [], afters: [] };
      groups.set(shape, (found = { pattern: patternOf(key), group, at: [] }));
    }
    found.group.ids.push(key.id);
    found.group.afters.push(key.after);
    found.at.push(at);
  });
  const blocks = [...groups.values()];
  const rows = await read((tx) =>
    relatedPages.run(
      tx,
      blocks.map((block) => ({ pattern: block.pattern })),
      { ids, groups: blocks.map((block) => block.group) },
      observer,
    ),
  );
  const nodes: (RawProperties | null)[] = new Array(ids.length);
  const pages: RelatedPage[] = new Array(keys.length);
  for (const row of rows) {
    if (row.group === null) nodes[row.at] = row.node;
    else pages[blocks[row.group]!.at[row.at]!] = { totalCount: row.totalCount, items: row.edges.map(relatedItem) };
  }
  return { nodes, pages };
}

const paragraphsByIds = defineQuery<{ ids: readonly string[] }, { text: string | null }>('paragraphsByIds');
const sourcesByIds = defineQuery<{ ids: readonly string[] }, { source: SourceRow | null }>('sourcesByIds');

/** An entity fetched by id together with the relationship pages its query selects on it. */
export interface EntityWithPagesKey {
  id: string;
  pages: readonly RelatedKey[];
}

const relatedKeyId = (key: RelatedKey) => JSON.stringify(key);

function relatedItem([type, outgoing, properties, labels, node]: EdgeRecord): RelatedPage['items'][number] {
  const raw = Array.isArray(node) ? { id: node[0], name: node[1], nameEn: node[2], labels } : { ...node, labels };
  return { node: toEntity(raw), relationship: toRelationship(type, outgoing, properties) };
}

export interface ProgressKey {
  id: string;
  /** The sort key of the update before the page; null: from the start. */
  after: SortKey | null;
  first: number;
}

/** Newest first: date, then the database time it was recorded at (as Neo4j prints it), then id, all descending. */
export const PROGRESS_ORDER: Order = { name: 'PROGRESS', key: ['string', 'string', 'string'] };

export interface ProgressItems {
  totalCount: number;
  items: { node: ProgressUpdateRow; key: SortKey }[];
}

const progressPages = defineQuery<{ keys: readonly ProgressKey[] }, { totalCount: number; items: RawProperties[] }>(
  'progressPages',
);

/** One page of progress updates per key, for the `progress` loader. */
export async function loadProgressPages(
  read: Read,
  observer: QueryObserver,
  keys: readonly ProgressKey[],
): Promise<ProgressItems[]> {
  const rows = await read((tx) => progressPages.run(tx, { keys }, observer));
  return rows.map((row) => ({
    totalCount: row.totalCount,
    items: row.items.map((raw) => ({ node: toProgressRow(raw), key: [String(raw.date), String(raw.recordedAt), String(raw.id)] })),
  }));
}

/**
 * The loaders of one request. Each batches every key asked for at one level of the query
 * into a single UNWIND statement, so a query costs one round trip per level, not per item.
 */
export function createEntityLoaders(read: Read, observer: QueryObserver) {
  const entity = new DataLoader<string, EntityRow | null>(async (ids) => {
    const rows = await read((tx) => entitiesByIds.run(tx, { ids }, observer));
    return rows.map((row) => (row.node ? toEntity(row.node) : null));
  });
  const related = new DataLoader<RelatedKey, RelatedPage, string>(
    async (keys) => (await readRelatedPages(read, observer, [], keys)).pages,
    { cacheKeyFn: relatedKeyId },
  );
  /**
   * Entities by id with the pages their query selects on them, all in one statement; the pages
   * are primed into `related`, where the fields' resolvers find them, and the entities into `entity`.
   */
  const entityWithPages = new DataLoader<EntityWithPagesKey, EntityRow | null, string>(
    async (requests) => {
      const ids = requests.map((request) => request.id);
      const keys = [...new Map(requests.flatMap((request) => request.pages).map((key) => [relatedKeyId(key), key])).values()];
      const { nodes, pages } = await readRelatedPages(read, observer, ids, keys);
      keys.forEach((key, i) => related.prime(key, pages[i]!));
      return nodes.map((node, i) => {
        const found = node ? toEntity(node) : null;
        entity.prime(ids[i]!, found);
        return found;
      });
    },
    { cacheKeyFn: (request) => JSON.stringify([request.id, request.pages.map(relatedKeyId)]) },
  );
  return {
    entity,
    related,
    entityWithPages,
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
    mentions: new DataLoader<EntityMentionsKey, MentionRow[], string>((keys) => loadEntityMentions(read, observer, keys), {
      cacheKeyFn: (key) => `${key.first}:${key.entityId}`,
    }),
  };
}

export type EntityLoaders = ReturnType<typeof createEntityLoaders>;
