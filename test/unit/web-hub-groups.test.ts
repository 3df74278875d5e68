import { describe, expect, it } from 'vitest';
import { GROUP_MIN_MEMBERS, HUB_MIN_NEIGHBOURS, foldHubs, groupLabel, isGroupId } from '../../web/src/lib/hub-groups.js';

const node = (id: string, __typename = 'Platform', area = 'new-area:tianfu') => ({
  __typename,
  id,
  name: id,
  nameEn: id,
  side: { placement: 'ONE' as const, newAreas: [{ id: area }] },
});
const edge = (source: string, type: string, target: string) => ({ id: `${source}-${type}->${target}`, type, source, target, detail: null });

/** A hub with `platforms` lone platforms LOCATED_IN it, two lone people, and one platform also tied to another node. */
function star(platforms: number) {
  const hub = node('new-area:tianfu', 'NewArea');
  const leaves = Array.from({ length: platforms }, (_, i) => node(`platform:p${i}`));
  const people = [node('person:a', 'Person'), node('person:b', 'Person')];
  const shared = node('platform:shared');
  const other = node('task:t', 'Task');
  const nodes = [hub, ...leaves, ...people, shared, other];
  const edges = [
    ...leaves.map((leaf) => edge(leaf.id, 'LOCATED_IN', hub.id)),
    ...people.map((person) => edge(person.id, 'HOLDS_POSITION', hub.id)),
    edge(shared.id, 'LOCATED_IN', hub.id),
    edge(shared.id, 'SERVES', other.id),
  ];
  return { nodes, edges };
}

describe('folding the lone neighbours of hubs', () => {
  it('folds a hub’s lone neighbours of one type into a group, and their edges into one edge per type with its count', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS);
    const folded = foldHubs(nodes, edges, new Set(), new Set());
    const groups = folded.nodes.filter((n) => isGroupId(n.id));
    expect(groups).toEqual([
      expect.objectContaining({ __typename: 'Platform', name: `+${HUB_MIN_NEIGHBOURS} 平台`, nameEn: `+${HUB_MIN_NEIGHBOURS} platforms`, group: { hub: 'new-area:tianfu', count: HUB_MIN_NEIGHBOURS } }),
    ]);
    // Two people are fewer than a group needs; the platform tied to a task is not lone.
    expect(GROUP_MIN_MEMBERS).toBeGreaterThan(2);
    expect(folded.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:a', 'person:b', 'platform:shared', 'task:t']));
    expect(folded.nodes.some((n) => n.id === 'platform:p0')).toBe(false);
    const groupEdge = folded.edges.find((e) => isGroupId(e.source));
    expect(groupEdge).toMatchObject({ type: 'LOCATED_IN', target: 'new-area:tianfu', count: HUB_MIN_NEIGHBOURS });
    expect(folded.edges).toHaveLength(edges.length - HUB_MIN_NEIGHBOURS + 1);
  });

  it('folds nothing around a node with fewer neighbours than a hub', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS - 4);
    expect(foldHubs(nodes, edges, new Set(), new Set())).toEqual({ nodes, edges });
  });

  it('keeps the centre and expanded nodes, and an opened group, unfolded', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS);
    const folded = foldHubs(nodes, edges, new Set(), new Set());
    const id = folded.nodes.find((n) => isGroupId(n.id))!.id;
    expect(foldHubs(nodes, edges, new Set(), new Set([id]))).toEqual({ nodes, edges });
    const keptOne = foldHubs(nodes, edges, new Set(['platform:p0']), new Set());
    expect(keptOne.nodes.some((n) => n.id === 'platform:p0')).toBe(true);
    expect(keptOne.nodes.find((n) => isGroupId(n.id))?.group?.count).toBe(HUB_MIN_NEIGHBOURS - 1);
  });

  it('is deterministic: the same input in another order gives the same groups', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS + 2);
    const a = foldHubs(nodes, edges, new Set(), new Set());
    const b = foldHubs([...nodes].reverse(), [...edges].reverse(), new Set(), new Set());
    expect(b.nodes.filter((n) => isGroupId(n.id))).toEqual(a.nodes.filter((n) => isGroupId(n.id)));
  });

  it.each([
    ['Platform', 1, 'en', '+1 platform'],
    ['Industry', 5, 'en', '+5 industries'],
    ['Enterprise', 3, 'zh', '+3 企业'],
  ] as const)('names a group of %s × %i in %s: %s', (typename, count, lang, label) => {
    expect(groupLabel(typename, count, lang)).toBe(label);
  });
});
