// Hubs with many neighbours, drawn readably: a hub's neighbours one step farther from the centre
// are folded, per type and side box, into one node "+N 平台" that opens on demand, and their
// relationships into one edge per relationship type and other end, "位于 ×N".
// Pure (no DOM), unit-tested in test/unit/web-hub-groups.test.ts.
import type { Lang } from './i18n.js';
import { typeLabel } from './i18n.js';
import { type EntitySideRef, sideBox } from './side-boxes.js';

export interface HubNode {
  __typename: string;
  id: string;
  name: string;
  nameEn: string;
  side?: EntitySideRef | null;
  /** Set on a folded group: how many entities it stands for, and its hub. */
  group?: { hub: string; count: number };
}

export interface HubEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  detail: string | null;
  /** Set on the edge of a folded group: how many relationships it stands for. */
  count?: number;
}

/** A node is a hub from this many neighbours on; a group folds from this many members on. */
export const HUB_MIN_NEIGHBOURS = 8;
export const GROUP_MIN_MEMBERS = 3;

const GROUP_PREFIX = 'group:';

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

function groupId(hub: string, typename: string, box: string): string {
  return `${GROUP_PREFIX}${hub}|${typename}|${box}`;
}

/** "+12 平台" / "+12 platforms". */
export function groupLabel(typename: string, count: number, lang: Lang): string {
  const type = typeLabel(typename, lang);
  if (lang === 'zh') return `+${count} ${type}`;
  const lower = type.toLowerCase();
  const plural = count === 1 ? lower : lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : lower.endsWith('s') ? lower : `${lower}s`;
  return `+${count} ${plural}`;
}

/** Distance of every node from the nearest of `from`, over the edges either way. */
function distances(from: readonly string[], neighbours: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const distance = new Map(from.map((id) => [id, 0]));
  let level = [...from];
  for (let d = 1; level.length > 0; d += 1) {
    const next: string[] = [];
    for (const id of level) {
      for (const other of [...(neighbours.get(id) ?? [])].sort()) {
        if (!distance.has(other)) {
          distance.set(other, d);
          next.push(other);
        }
      }
    }
    level = next;
  }
  return distance;
}

/**
 * Folds, around every hub but the centre, the neighbours one step farther from the centre that
 * are no hubs themselves, per type and side box; a node next to several hubs goes with the nearest
 * to the centre (then the one with most neighbours, then by id). The entities in `keep` (the
 * centre and the expanded ones) and all their neighbours stay unfolded, and so do the groups in
 * `opened` stay unfolded. Edges of folded nodes
 * end at their group, one edge per group, type and other end, with the count. Deterministic:
 * groups and their edges come in the order of their ids.
 */
export function foldHubs<N extends HubNode, E extends HubEdge>(
  nodes: readonly N[],
  edges: readonly E[],
  centres: readonly string[],
  keep: ReadonlySet<string>,
  opened: ReadonlySet<string>,
): { nodes: (N | HubNode)[]; edges: (E | HubEdge)[] } {
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    for (const [a, b] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      let set = neighbours.get(a);
      if (!set) neighbours.set(a, (set = new Set()));
      set.add(b);
    }
  }
  const degree = (id: string) => neighbours.get(id)?.size ?? 0;
  const isHub = (id: string) => degree(id) >= HUB_MIN_NEIGHBOURS;
  const distance = distances(centres, neighbours);
  const far = (id: string) => distance.get(id) ?? Number.MAX_SAFE_INTEGER;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const groups = new Map<string, { hub: string; typename: string; members: N[] }>();
  for (const node of nodes) {
    if (keep.has(node.id) || isHub(node.id) || centres.includes(node.id)) continue;
    // The neighbours of an expanded node are what expanding it asked to see.
    if ([...(neighbours.get(node.id) ?? [])].some((id) => keep.has(id))) continue;
    const hubs = [...(neighbours.get(node.id) ?? [])]
      .filter((id) => isHub(id) && !centres.includes(id) && !keep.has(id) && byId.has(id) && far(id) + 1 === far(node.id))
      .sort((a, b) => far(a) - far(b) || degree(b) - degree(a) || (a < b ? -1 : 1));
    const hub = hubs[0];
    if (!hub) continue;
    const id = groupId(hub, node.__typename, sideBox(node.side));
    if (opened.has(id)) continue;
    const group = groups.get(id) ?? { hub, typename: node.__typename, members: [] };
    group.members.push(node);
    groups.set(id, group);
  }

  const folded = new Map<string, string>();
  const groupNodes: HubNode[] = [];
  for (const [id, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (group.members.length < GROUP_MIN_MEMBERS) continue;
    for (const member of group.members) folded.set(member.id, id);
    groupNodes.push({
      __typename: group.typename,
      id,
      name: groupLabel(group.typename, group.members.length, 'zh'),
      nameEn: groupLabel(group.typename, group.members.length, 'en'),
      side: group.members[0]!.side ?? null,
      group: { hub: group.hub, count: group.members.length },
    });
  }
  if (groupNodes.length === 0) return { nodes: [...nodes], edges: [...edges] };

  const groupEdges = new Map<string, HubEdge>();
  const kept: E[] = [];
  for (const edge of edges) {
    const source = folded.get(edge.source) ?? edge.source;
    const target = folded.get(edge.target) ?? edge.target;
    if (source === edge.source && target === edge.target) {
      kept.push(edge);
      continue;
    }
    if (source === target) continue;
    const id = `${source}-${edge.type}->${target}`;
    const existing = groupEdges.get(id);
    if (existing) existing.count = (existing.count ?? 1) + 1;
    else groupEdges.set(id, { id, type: edge.type, source, target, detail: null, count: 1 });
  }
  return {
    nodes: [...nodes.filter((node) => !folded.has(node.id)), ...groupNodes],
    edges: [...kept, ...[...groupEdges.values()].sort((a, b) => (a.id < b.id ? -1 : 1))],
  };
}
