import { describe, expect, it } from 'vitest';
import { GROUP_MIN_MEMBERS, HUB_MIN_NEIGHBOURS, type HubNode, foldHubs, groupLabel, isGroupId } from '../../web/src/lib/hub-groups.js';

const node = (id: string, __typename = 'Platform', area = 'new-area:tianfu') => ({
  __typename,
  id,
  name: id,
  nameEn: id,
  side: { placement: 'ONE' as const, newAreas: [{ id: area }] },
});
const edge = (source: string, type: string, target: string) => ({ id: `${source}-${type}->${target}`, type, source, target, detail: null });

/**
 * The centre, tied to a hub and a task; the hub with `platforms` platforms LOCATED_IN it and two
 * people; the first platform also SERVES the task.
 */
function star(platforms: number) {
  const centre = node('new-area:liangjiang', 'NewArea', 'new-area:liangjiang');
  const hub = node('new-area:tianfu', 'NewArea');
  const task = node('task:t', 'Task');
  const leaves = Array.from({ length: platforms }, (_, i) => node(`platform:p${i}`));
  const people = [node('person:a', 'Person'), node('person:b', 'Person')];
  const nodes = [centre, hub, task, ...leaves, ...people];
  const edges = [
    edge(centre.id, 'COOPERATES_WITH', hub.id),
    edge(task.id, 'UNDER', centre.id),
    ...leaves.map((leaf) => edge(leaf.id, 'LOCATED_IN', hub.id)),
    ...people.map((person) => edge(person.id, 'HOLDS_POSITION', hub.id)),
    edge(leaves[0]!.id, 'SERVES', task.id),
  ];
  return { nodes, edges };
}
const CENTRE = ['new-area:liangjiang'];

describe('folding the neighbours of hubs', () => {
  it('folds the platforms one step beyond a hub into a group, their edges into one per type and other end with the count', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS);
    const folded = foldHubs(nodes, edges, CENTRE, new Set(), new Set());
    const groups = folded.nodes.filter((n) => isGroupId(n.id));
    expect(groups).toEqual([
      expect.objectContaining({ __typename: 'Platform', name: `+${HUB_MIN_NEIGHBOURS} 平台`, nameEn: `+${HUB_MIN_NEIGHBOURS} platforms`, group: { hub: 'new-area:tianfu', count: HUB_MIN_NEIGHBOURS } }),
    ]);
    // Two people are fewer than a group needs.
    expect(GROUP_MIN_MEMBERS).toBeGreaterThan(2);
    expect(folded.nodes.map((n) => n.id).filter((id) => !isGroupId(id)).sort()).toEqual(['new-area:liangjiang', 'new-area:tianfu', 'person:a', 'person:b', 'task:t']);
    const groupEdges = folded.edges.filter((e) => isGroupId(e.source));
    expect(groupEdges).toEqual([
      expect.objectContaining({ type: 'LOCATED_IN', target: 'new-area:tianfu', count: HUB_MIN_NEIGHBOURS }),
      expect.objectContaining({ type: 'SERVES', target: 'task:t', count: 1 }),
    ]);
    expect(folded.edges).toHaveLength(edges.length - HUB_MIN_NEIGHBOURS - 1 + 2);
  });

  it('never folds around the centre, nor around a node with fewer neighbours than a hub', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS);
    expect(foldHubs(nodes, edges, ['new-area:tianfu'], new Set(), new Set())).toEqual({ nodes, edges });
    const small = star(HUB_MIN_NEIGHBOURS - 4);
    expect(foldHubs(small.nodes, small.edges, CENTRE, new Set(), new Set())).toEqual(small);
  });

  it('an expanded node shows all its neighbours, folded around another hub or not', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS);
    expect(foldHubs(nodes, edges, CENTRE, new Set(['new-area:tianfu']), new Set())).toEqual({ nodes, edges });
    const expandedTask = foldHubs(nodes, edges, CENTRE, new Set(['task:t']), new Set());
    expect(expandedTask.nodes.some((n) => n.id === 'platform:p0')).toBe(true);
    expect((expandedTask.nodes.find((n) => isGroupId(n.id)) as HubNode | undefined)?.group?.count).toBe(HUB_MIN_NEIGHBOURS - 1);
  });

  it('keeps expanded nodes, and an opened group, unfolded', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS);
    const folded = foldHubs(nodes, edges, CENTRE, new Set(), new Set());
    const id = folded.nodes.find((n) => isGroupId(n.id))!.id;
    expect(foldHubs(nodes, edges, CENTRE, new Set(), new Set([id]))).toEqual({ nodes, edges });
    const keptOne = foldHubs(nodes, edges, CENTRE, new Set(['platform:p0']), new Set());
    expect(keptOne.nodes.some((n) => n.id === 'platform:p0')).toBe(true);
    expect((keptOne.nodes.find((n) => isGroupId(n.id)) as HubNode | undefined)?.group?.count).toBe(HUB_MIN_NEIGHBOURS - 1);
  });

  it('is deterministic: the same input in another order gives the same groups', () => {
    const { nodes, edges } = star(HUB_MIN_NEIGHBOURS + 2);
    const a = foldHubs(nodes, edges, CENTRE, new Set(), new Set());
    const b = foldHubs([...nodes].reverse(), [...edges].reverse(), CENTRE, new Set(), new Set());
    expect(b.nodes.filter((n) => isGroupId(n.id))).toEqual(a.nodes.filter((n) => isGroupId(n.id)));
    expect(b.edges.filter((e) => isGroupId(e.source))).toEqual(a.edges.filter((e) => isGroupId(e.source)));
  });

  it.each([
    ['Platform', 1, 'en', '+1 platform'],
    ['Industry', 5, 'en', '+5 industries'],
    ['Enterprise', 3, 'zh', '+3 企业'],
  ] as const)('names a group of %s × %i in %s: %s', (typename, count, lang, label) => {
    expect(groupLabel(typename, count, lang)).toBe(label);
  });
});
