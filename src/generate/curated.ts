/**
 * The curated entities the synthetic graph hangs from: read from data/graph (not from the
 * database), so that a plan depends on nothing but its options and the dataset.
 */
import { curatedDataset } from '../ingest/read-dataset.js';
import type { Dataset } from '../model/dataset-schema.js';
import type { Side } from './names.js';

export interface EntityRef {
  id: string;
  label: string;
}

export interface CuratedAnchors {
  /** Industries enterprises can be in (kinds INDUSTRY and TECHNOLOGY; not umbrella groups or infrastructure). */
  industries: EntityRef[];
  /** Platforms enterprises and projects can lie in: parks, zones, districts, incubators. */
  platforms: EntityRef[];
  tasks: EntityRef[];
  policies: EntityRef[];
  /** New areas and regions. */
  places: EntityRef[];
  /** The places of each side of the cooperation, its new area first. */
  sides: Record<Side, EntityRef[]>;
  /** Names of every curated entity, so that no synthetic one takes them. */
  names: Set<string>;
  /** Every curated relationship, as id pairs: with the synthetic ones they make the graph a path runs through. */
  relationships: [from: string, to: string][];
}

const HOST_PLATFORM_KINDS = new Set([
  'INDUSTRIAL_PARK',
  'SCIENCE_CITY',
  'INNOVATION_ZONE',
  'BUSINESS_DISTRICT',
  'FREE_TRADE_ZONE',
  'BONDED_ZONE',
  'SMART_PARK',
  'INCUBATOR',
]);
const ENTERPRISE_INDUSTRY_KINDS = new Set(['INDUSTRY', 'TECHNOLOGY']);

/** The places each side's synthetic platforms and projects lie in: the new area, or the city it is in. */
const SIDE_PLACES: Record<Side, string[]> = {
  liangjiang: ['new-area:liangjiang', 'region:chongqing'],
  tianfu: ['new-area:tianfu', 'region:chengdu'],
};

export function curatedAnchors(dataset: Dataset): CuratedAnchors {
  const nodes = dataset.nodes.map(({ entry }) => entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const refs = (keep: (node: (typeof nodes)[number]) => boolean): EntityRef[] =>
    nodes.filter(keep).map((node) => ({ id: node.id, label: node.label }));
  const kind = (node: (typeof nodes)[number]) => String(node.properties.kind ?? '');
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const side = (ids: string[]): EntityRef[] =>
    ids.map((id) => {
      const node = byId.get(id);
      if (!node) throw new Error(`the curated dataset has no ${id}, which the synthetic graph places platforms in`);
      return { id, label: node.label };
    });
  return {
    industries: refs((n) => n.label === 'Industry' && ENTERPRISE_INDUSTRY_KINDS.has(kind(n))),
    platforms: refs((n) => n.label === 'Platform' && HOST_PLATFORM_KINDS.has(kind(n))),
    tasks: refs((n) => n.label === 'Task'),
    policies: refs((n) => n.label === 'Policy'),
    places: refs((n) => n.label === 'NewArea' || n.label === 'Region'),
    sides: { liangjiang: side(SIDE_PLACES.liangjiang), tianfu: side(SIDE_PLACES.tianfu) },
    names: new Set(nodes.flatMap((node) => [node.name, ...node.aliases])),
    relationships: dataset.relationships.map(({ entry }) => [entry.from, entry.to]),
  };
}

let loaded: CuratedAnchors | undefined;

/** The anchors of data/graph, read and validated once. */
export function loadCuratedAnchors(): CuratedAnchors {
  if (!loaded) {
    loaded = curatedAnchors(curatedDataset());
  }
  return loaded;
}

/** Every curated entity the synthetic graph links to, for the check that the database holds them. */
export function anchorRefs(anchors: CuratedAnchors): EntityRef[] {
  const all = [...anchors.industries, ...anchors.platforms, ...anchors.tasks, ...anchors.policies, ...anchors.places];
  return [...new Map(all.map((ref) => [ref.id, ref])).values()];
}
