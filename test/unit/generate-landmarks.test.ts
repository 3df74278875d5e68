import { describe, expect, it } from 'vitest';
import { loadCuratedAnchors } from '../../src/generate/curated.js';
import { syntheticLandmarks, SyntheticGraphError } from '../../src/generate/generate.js';
import { landmarksOf } from '../../src/generate/landmarks.js';
import { planSyntheticGraph, type SyntheticPlan } from '../../src/generate/plan.js';

const anchors = loadCuratedAnchors();
const plan = planSyntheticGraph({ enterprises: 2000, seed: 11 }, anchors);
const landmarks = landmarksOf(plan, anchors);

function edges(p: SyntheticPlan, type?: string): [string, string][] {
  return p.relationshipGroups
    .filter((g) => !type || g.type === type)
    .flatMap((g) => Array.from({ length: g.size }, (_, i) => [g.from.id(g.fromIndex[i]!), g.to.id(g.toIndex[i]!)] as [string, string]));
}

function degrees(pairs: [string, string][], ends: (0 | 1)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) for (const end of ends) counts.set(pair[end], (counts.get(pair[end]) ?? 0) + 1);
  return counts;
}

/** Shortest path length between two nodes, either way along every curated and synthetic relationship. */
function distance(from: string, to: string): number {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of [...anchors.relationships, ...edges(plan)]) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) return seen.get(node)!;
    for (const next of neighbours.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.set(next, seen.get(node)! + 1);
        queue.push(next);
      }
    }
  }
  return -1;
}

describe('landmarksOf', () => {
  it('names the enterprise with the most cooperation partners', () => {
    const partners = degrees(edges(plan, 'COOPERATES_WITH'), [0, 1]);
    expect(landmarks.hubEnterprise.partners).toBe(Math.max(...partners.values()));
    expect(partners.get(landmarks.hubEnterprise.id)).toBe(landmarks.hubEnterprise.partners);
    expect(landmarks.leafEnterprise).toEqual({ id: 'enterprise:syn-11-2000', partners: partners.get('enterprise:syn-11-2000') });
  });

  it('names the synthetic platform, industry and task with the most links', () => {
    const located = degrees(
      edges(plan, 'LOCATED_IN').filter(([from, to]) => from.startsWith('enterprise:') && to.startsWith('platform:syn-')),
      [1],
    );
    expect(landmarks.hubPlatform.enterprises).toBe(Math.max(...located.values()));
    expect(located.get(landmarks.hubPlatform.id)).toBe(landmarks.hubPlatform.enterprises);
    const industries = degrees(edges(plan, 'IN_INDUSTRY'), [1]);
    expect(industries.get(landmarks.hubIndustry.id)).toBe(Math.max(...industries.values()));
    const tasks = degrees(edges(plan, 'SERVES'), [1]);
    expect(tasks.get(landmarks.busiestTask.id)).toBe(Math.max(...tasks.values()));
  });

  it('names a person with two positions', () => {
    const positions = degrees(edges(plan, 'HOLDS_POSITION'), [0]);
    expect(positions.get(landmarks.personWithTwoPositions!)).toBe(2);
  });

  it('names two distinct enterprises and their true distance', () => {
    const { from, to, distance: d } = landmarks.farApart;
    expect(from).not.toBe(to);
    expect([from, to].every((id) => id.startsWith('enterprise:syn-11-'))).toBe(true);
    expect(d).toBeGreaterThanOrEqual(3);
    expect(distance(from, to)).toBe(d);
  });
});

describe('syntheticLandmarks', () => {
  it('computes the landmarks of the same options again, without a database', () => {
    expect(syntheticLandmarks({ enterprises: 2000, seed: 11 })).toEqual(landmarks);
  });

  it.each([
    [{ enterprises: 0, seed: 1 }, /enterprises must be a whole number from 1/],
    [{ enterprises: 2.5, seed: 1 }, /enterprises must be a whole number/],
    [{ enterprises: 10, seed: -1 }, /seed must be a whole number from 0 to 4294967295, not -1/],
  ])('rejects %o, naming the option', (options, message) => {
    expect(() => syntheticLandmarks(options)).toThrow(SyntheticGraphError);
    expect(() => syntheticLandmarks(options)).toThrow(message);
  });
});
