/**
 * Well-known entities of a synthetic graph, found in its plan: the hubs, a typical enterprise and
 * two enterprises far apart, so that benchmarks can ask about the heavy and the light cases.
 */
import type { CuratedAnchors } from './curated.js';
import { type NodeSet, type RelationshipGroup, type SyntheticPlan, syntheticIdPrefix } from './plan.js';

export interface SyntheticLandmarks {
  /** The enterprise with the most COOPERATES_WITH partners. */
  hubEnterprise: { id: string; partners: number };
  /** The last enterprise generated: one of the many with few partners. */
  leafEnterprise: { id: string; partners: number };
  /** The synthetic platform most enterprises lie in. */
  hubPlatform: { id: string; enterprises: number };
  /** The industry (curated or synthetic) most enterprises are in. */
  hubIndustry: { id: string; enterprises: number };
  /** The curated task most synthetic platforms serve. */
  busiestTask: { id: string; platforms: number };
  /** A person with positions at two enterprises; null when there is none. */
  personWithTwoPositions: string | null;
  /**
   * Two enterprises about as far apart as any: the ends of a double sweep of breadth-first
   * searches over every curated and synthetic relationship, either way. `distance` is their
   * shortest path length, in relationships.
   */
  farApart: { from: string; to: string; distance: number };
}

function groupsOf(plan: SyntheticPlan, type: string, fromLabel: string): RelationshipGroup[] {
  return plan.relationshipGroups.filter((g) => g.type === type && g.size > 0 && g.from.label(g.fromIndex[0]!) === fromLabel);
}

function idsOf(set: NodeSet): string[] {
  return Array.from({ length: set.size }, (_, index) => set.id(index));
}

/**
 * Of `ids`, the one at the most ends of the groups' relationships (the first one on a tie), and
 * its number of relationships.
 */
function busiest(ids: string[], groups: RelationshipGroup[], ends: ('from' | 'to')[]): { id: string; count: number } {
  const counts = new Map(ids.map((id) => [id, 0]));
  for (const group of groups) {
    for (const end of ends) {
      const [set, indexes] = end === 'from' ? [group.from, group.fromIndex] : [group.to, group.toIndex];
      for (const index of indexes) {
        const id = set.id(index);
        const count = counts.get(id);
        if (count !== undefined) counts.set(id, count + 1);
      }
    }
  }
  let best = { id: ids[0]!, count: counts.get(ids[0]!)! };
  for (const [id, count] of counts) if (count > best.count) best = { id, count };
  return best;
}

/** The whole graph, undirected, as compressed adjacency lists over numbered nodes. */
class Graph {
  readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  private offsets = new Int32Array(0);
  private neighbours = new Int32Array(0);

  constructor(edges: (visit: (from: string, to: string) => void) => void) {
    const from: number[] = [];
    const to: number[] = [];
    edges((a, b) => {
      from.push(this.number(a));
      to.push(this.number(b));
    });
    const degree = new Int32Array(this.ids.length + 1);
    for (let i = 0; i < from.length; i++) {
      degree[from[i]! + 1]!++;
      degree[to[i]! + 1]!++;
    }
    for (let i = 1; i < degree.length; i++) degree[i]! += degree[i - 1]!;
    this.offsets = degree.slice();
    this.neighbours = new Int32Array(from.length * 2);
    const fill = degree.slice();
    for (let i = 0; i < from.length; i++) {
      this.neighbours[fill[from[i]!]!++] = to[i]!;
      this.neighbours[fill[to[i]!]!++] = from[i]!;
    }
  }

  private number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.numbers.set(id, n);
      this.ids.push(id);
    }
    return n;
  }

  /** The node of `candidates` farthest from `start`, with its distance (the first reached on a tie). */
  farthest(start: string, candidates: (id: string) => boolean): { id: string; distance: number } {
    const distance = new Int32Array(this.ids.length).fill(-1);
    const queue = new Int32Array(this.ids.length);
    const origin = this.numbers.get(start)!;
    let head = 0;
    let tail = 0;
    queue[tail++] = origin;
    distance[origin] = 0;
    let best = { id: start, distance: 0 };
    while (head < tail) {
      const node = queue[head++]!;
      if (distance[node]! > best.distance && candidates(this.ids[node]!)) best = { id: this.ids[node]!, distance: distance[node]! };
      for (let k = this.offsets[node]!; k < this.offsets[node + 1]!; k++) {
        const next = this.neighbours[k]!;
        if (distance[next] === -1) {
          distance[next] = distance[node]! + 1;
          queue[tail++] = next;
        }
      }
    }
    return best;
  }
}

export function landmarksOf(plan: SyntheticPlan, anchors: CuratedAnchors): SyntheticLandmarks {
  const nodesOf = (label: string) => plan.nodeGroups.find((g) => g.label === label)!.nodes;
  const enterprises = nodesOf('Enterprise');
  const enterprisePrefix = syntheticIdPrefix('Enterprise', plan.seed);
  const isEnterprise = (id: string) => id.startsWith(enterprisePrefix);

  const cooperation = groupsOf(plan, 'COOPERATES_WITH', 'Enterprise');
  const hub = busiest(idsOf(enterprises), cooperation, ['from', 'to']);
  const leaf = enterprises.id(enterprises.size - 1);
  const leafPartners = busiest([leaf], cooperation, ['from', 'to']).count;
  const hubPlatform = busiest(idsOf(nodesOf('Platform')), groupsOf(plan, 'LOCATED_IN', 'Enterprise'), ['to']);
  const inIndustry = groupsOf(plan, 'IN_INDUSTRY', 'Enterprise');
  const hubIndustry = busiest(idsOf(inIndustry[0]!.to), inIndustry, ['to']);
  const serves = groupsOf(plan, 'SERVES', 'Platform');
  const busiestTask = busiest(idsOf(serves[0]!.to), serves, ['to']);
  const positions = groupsOf(plan, 'HOLDS_POSITION', 'Person')[0]!;
  let personWithTwoPositions: string | null = null;
  for (let i = 1; i < positions.size && !personWithTwoPositions; i++) {
    if (positions.fromIndex[i] === positions.fromIndex[i - 1]) personWithTwoPositions = positions.from.id(positions.fromIndex[i]!);
  }

  const graph = new Graph((visit) => {
    for (const [from, to] of anchors.relationships) visit(from, to);
    for (const group of plan.relationshipGroups) {
      for (let i = 0; i < group.size; i++) visit(group.from.id(group.fromIndex[i]!), group.to.id(group.toIndex[i]!));
    }
  });
  const first = graph.farthest(leaf, isEnterprise);
  const second = graph.farthest(first.id, isEnterprise);

  return {
    hubEnterprise: { id: hub.id, partners: hub.count },
    leafEnterprise: { id: leaf, partners: leafPartners },
    hubPlatform: { id: hubPlatform.id, enterprises: hubPlatform.count },
    hubIndustry: { id: hubIndustry.id, enterprises: hubIndustry.count },
    busiestTask: { id: busiestTask.id, platforms: busiestTask.count },
    personWithTwoPositions,
    farApart: { from: first.id, to: second.id, distance: second.distance },
  };
}
