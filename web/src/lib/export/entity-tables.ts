// Tables of entities and relationships: search results and the graph's nodes and edges.
import { type Lang, type Named, nameOf, otherNameOf, relationshipText, translate, typeLabel } from '../i18n.js';
import { type EntitySideRef, type SideArea } from '../side-boxes.js';
import { enumLabel } from '../vocabulary.js';
import { type CitedParagraph, type ExportTable, citationCells, citationHeaders } from './table.js';

export interface EntityRow extends Named {
  __typename: string;
  id: string;
}

/** What an export adds to an entity: its summaries and citations, by id. */
export interface EntityExtras {
  summary: string | null;
  summaryEn: string | null;
  citations: readonly CitedParagraph[];
}

export interface SearchHitRow {
  matchedOn: string;
  entity: EntityRow;
}

const summaryIn = (extras: EntityExtras | undefined, lang: Lang) => (lang === 'en' ? extras?.summaryEn : extras?.summary) ?? '';

function nameColumns(lang: Lang): string[] {
  return [translate(lang, 'export.type'), translate(lang, 'export.name'), translate(lang, 'export.otherName')];
}

function nameCells(entity: EntityRow, lang: Lang): string[] {
  return [typeLabel(entity.__typename, lang), nameOf(entity, lang), otherNameOf(entity, lang)];
}

export function searchTable(hits: readonly SearchHitRow[], extras: ReadonlyMap<string, EntityExtras>, lang: Lang): ExportTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    file: 'search',
    sheet: t('export.sheet.search'),
    columns: [t('export.number'), ...nameColumns(lang), t('export.matchedOn'), t('export.summary'), ...citationHeaders(lang)],
    rows: hits.map((hit, i) => {
      const more = extras.get(hit.entity.id);
      return [i + 1, ...nameCells(hit.entity, lang), enumLabel('SearchMatchField', hit.matchedOn, lang), summaryIn(more, lang), ...citationCells(more?.citations ?? [])];
    }),
  };
}

export interface GraphNodeRow extends EntityRow {
  side?: EntitySideRef | null;
}

export interface GraphEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  detail: string | null;
}

/** An entity's side in words: the new area's name, both sides, or neither. */
export function sideText(side: EntitySideRef | null | undefined, areas: readonly SideArea[], lang: Lang): string {
  if (side?.placement === 'ONE') {
    const area = areas.find((a) => a.id === side.newAreas[0]?.id);
    return area ? nameOf(area, lang) : enumLabel('SidePlacement', 'ONE', lang);
  }
  return enumLabel('SidePlacement', side?.placement ?? 'NEITHER', lang);
}

/** Two tables: the entities drawn (with their side and their number of relationships in the view) and the relationships between them. */
export function graphTables(
  nodes: readonly GraphNodeRow[],
  edges: readonly GraphEdgeRow[],
  areas: readonly SideArea[],
  nodeExtras: ReadonlyMap<string, EntityExtras>,
  edgeCitations: ReadonlyMap<string, readonly CitedParagraph[]>,
  lang: Lang,
): ExportTable[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const degree = new Map<string, number>();
  for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const name = (id: string) => {
    const node = byId.get(id);
    return node ? nameOf(node, lang) : '';
  };
  return [
    {
      file: 'nodes',
      sheet: t('export.sheet.nodes'),
      columns: [t('export.number'), ...nameColumns(lang), t('export.side'), t('export.degree'), t('export.summary'), ...citationHeaders(lang)],
      rows: nodes.map((node, i) => {
        const more = nodeExtras.get(node.id);
        return [i + 1, ...nameCells(node, lang), sideText(node.side, areas, lang), degree.get(node.id) ?? 0, summaryIn(more, lang), ...citationCells(more?.citations ?? [])];
      }),
    },
    {
      file: 'relationships',
      sheet: t('export.sheet.edges'),
      columns: [t('export.number'), t('export.subject'), t('export.relationship'), t('export.object'), ...citationHeaders(lang)],
      rows: edges.map((edge, i) => [i + 1, name(edge.source), relationshipText(edge.type, edge.detail, lang), name(edge.target), ...citationCells(edgeCitations.get(edge.id) ?? [])]),
    },
  ];
}
