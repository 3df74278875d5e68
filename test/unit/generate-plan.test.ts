import { describe, expect, it } from 'vitest';
import { dataModel } from '../../src/model/model.js';
import { loadCuratedAnchors } from '../../src/generate/curated.js';
import { enterpriseName, platformName, projectName } from '../../src/generate/names.js';
import {
  planSyntheticGraph,
  planTotals,
  relationshipRow,
  type RelationshipGroup,
  type SyntheticPlan,
  syntheticIdPrefix,
} from '../../src/generate/plan.js';

const anchors = loadCuratedAnchors();
const plan = (enterprises: number, seed: number) => planSyntheticGraph({ enterprises, seed }, anchors);
const small = plan(300, 7);
const large = plan(20_000, 3);

/** Every node and relationship of a plan as the loader sends them. */
function rows(p: SyntheticPlan) {
  return {
    nodes: p.nodeGroups.flatMap((g) =>
      Array.from({ length: g.nodes.size }, (_, i): Record<string, unknown> & { label: string; id: string } => ({
        label: g.label,
        id: g.nodes.id(i),
        ...g.properties(i),
      })),
    ),
    relationships: p.relationshipGroups.flatMap((g) =>
      Array.from({ length: g.size }, (_, i) => ({ type: g.type, ...relationshipRow(g, i) })),
    ),
  };
}

function relationships(p: SyntheticPlan) {
  return p.relationshipGroups.flatMap((g) =>
    Array.from({ length: g.size }, (_, i) => ({
      type: g.type,
      from: g.from.id(g.fromIndex[i]!),
      fromLabel: g.from.label(g.fromIndex[i]!),
      to: g.to.id(g.toIndex[i]!),
      toLabel: g.to.label(g.toIndex[i]!),
      properties: g.variants[g.variant[i]!]!,
    })),
  );
}

function group(p: SyntheticPlan, type: string, fromLabel: string): RelationshipGroup {
  return p.relationshipGroups.find((g) => g.type === type && g.from.label(0) === fromLabel)!;
}

/** How many relationships of the group end at each `to` entity of the label. */
function inDegrees(g: RelationshipGroup, toLabel: string): { all: number; counts: number[] } {
  const counts = new Map<string, number>();
  for (let i = 0; i < g.size; i++) {
    const to = g.toIndex[i]!;
    if (g.to.label(to) === toLabel) counts.set(g.to.id(to), (counts.get(g.to.id(to)) ?? 0) + 1);
  }
  const all = Array.from({ length: g.to.size }, (_, i) => g.to.label(i)).filter((label) => label === toLabel).length;
  return { all, counts: [...counts.values()].sort((a, b) => b - a) };
}

let largeRows: ReturnType<typeof rows> | undefined;
let largeRelationships: ReturnType<typeof relationships> | undefined;
const rowsOfLarge = () => (largeRows ??= rows(large));
const relationshipsOfLarge = () => (largeRelationships ??= relationships(large));

const shareOfTop = (counts: number[], k: number) => counts.slice(0, k).reduce((s, n) => s + n, 0) / counts.reduce((s, n) => s + n, 0);

describe('planSyntheticGraph: determinism', () => {
  it('gives the same rows for the same enterprises and seed', () => {
    expect(rows(plan(300, 7))).toEqual(rows(small));
  });

  it('gives different rows for a different seed', () => {
    const other = rows(plan(300, 8));
    const mine = rows(small);
    expect(other.nodes.map((n) => n.name)).not.toEqual(mine.nodes.map((n) => n.name));
    const pairs = (r: typeof mine) =>
      r.relationships.map((x) => `${x.type} ${x.from.replace(/syn-\d+-/, '')} ${x.to.replace(/syn-\d+-/, '')}`);
    expect(pairs(other)).not.toEqual(pairs(mine));
    expect(other.nodes.every((n) => !n.id.includes(':syn-7-'))).toBe(true);
  });
});

describe('planSyntheticGraph: size and shape', () => {
  it('makes about ten relationships and 1.2 people per enterprise', () => {
    const totals = planTotals(large);
    expect(totals.nodes.Enterprise).toBe(20_000);
    expect(totals.relationshipCount / 20_000).toBeGreaterThan(9);
    expect(totals.relationshipCount / 20_000).toBeLessThan(11);
    expect(totals.nodes.Person! / 20_000).toBeGreaterThan(1.15);
    expect(totals.nodes.Person! / 20_000).toBeLessThan(1.25);
  });

  it('puts every enterprise in 1-3 distinct industries and one place, and gives it at least one person', () => {
    const rels = relationships(small);
    for (let e = 1; e <= 300; e++) {
      const id = `enterprise:syn-7-${e}`;
      const industries = rels.filter((r) => r.type === 'IN_INDUSTRY' && r.from === id).map((r) => r.to);
      expect(industries.length).toBeGreaterThanOrEqual(1);
      expect(industries.length).toBeLessThanOrEqual(3);
      expect(new Set(industries).size).toBe(industries.length);
      expect(rels.filter((r) => r.type === 'LOCATED_IN' && r.from === id)).toHaveLength(1);
      expect(rels.some((r) => r.type === 'HOLDS_POSITION' && r.to === id)).toBe(true);
    }
  });

  it('gives some people positions at two enterprises', () => {
    const positions = group(large, 'HOLDS_POSITION', 'Person');
    const perPerson = new Map<number, Set<number>>();
    for (let i = 0; i < positions.size; i++) {
      const set = perPerson.get(positions.fromIndex[i]!) ?? new Set();
      set.add(positions.toIndex[i]!);
      perPerson.set(positions.fromIndex[i]!, set);
    }
    const two = [...perPerson.values()].filter((s) => s.size === 2).length;
    expect(two / perPerson.size).toBeGreaterThan(0.05);
    expect([...perPerson.values()].every((s) => s.size <= 2)).toBe(true);
  });

  it('lets synthetic platforms serve curated tasks and projects implement them', () => {
    const tasks = new Set(anchors.tasks.map((t) => t.id));
    const serves = relationships(small).filter((r) => r.type === 'SERVES');
    expect(serves.length).toBeGreaterThanOrEqual(planTotals(small).nodes.Platform!);
    expect(serves.every((r) => tasks.has(r.to))).toBe(true);
    expect(
      relationships(small)
        .filter((r) => r.type === 'IMPLEMENTS')
        .every((r) => tasks.has(r.to)),
    ).toBe(true);
  });
});

describe('planSyntheticGraph: skewed degrees', () => {
  it('puts a large share of enterprises on the top 1% of platforms', () => {
    const { all, counts } = inDegrees(group(large, 'LOCATED_IN', 'Enterprise'), 'Platform');
    const top = Math.ceil(all * 0.01);
    // A uniform spread would give the top 1% about 1%.
    expect(shareOfTop(counts, top)).toBeGreaterThan(0.25);
  });

  it('puts most enterprises in the top fifth of industries', () => {
    const { all, counts } = inDegrees(group(large, 'IN_INDUSTRY', 'Enterprise'), 'Industry');
    expect(shareOfTop(counts, Math.ceil(all * 0.2))).toBeGreaterThan(0.5);
  });

  it('grows cooperation hubs: the highest degree is many times the mean', () => {
    const cooperation = group(large, 'COOPERATES_WITH', 'Enterprise');
    const degree = new Int32Array(20_000);
    for (let i = 0; i < cooperation.size; i++) {
      degree[cooperation.fromIndex[i]!]!++;
      degree[cooperation.toIndex[i]!]!++;
    }
    const mean = (2 * cooperation.size) / 20_000;
    expect(Math.max(...degree)).toBeGreaterThan(20 * mean);
  });

  it('stores each cooperating pair once and never links an enterprise to itself', () => {
    const pairs = relationshipsOfLarge()
      .filter((r) => r.type === 'COOPERATES_WITH')
      .map((r) => [r.from, r.to].sort().join(' '));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(relationshipsOfLarge().filter((r) => r.type === 'COOPERATES_WITH' && r.from === r.to)).toEqual([]);
  });
});

describe('planSyntheticGraph: what data/model.yaml allows', () => {
  const model = dataModel();
  const rels = relationships(small);

  it('links only labels the model allows for each type', () => {
    const disallowed = rels.filter((r) => {
      const spec = model.relationships[r.type];
      return !spec || !spec.from.includes(r.fromLabel) || !spec.to.includes(r.toLabel);
    });
    expect(disallowed.map((r) => `${r.fromLabel} -${r.type}-> ${r.toLabel}`)).toEqual([]);
    expect(new Set(rels.map((r) => r.type)).size).toBeGreaterThanOrEqual(9);
  });

  it('gives relationships only declared properties, the required ones, with allowed values', () => {
    for (const r of rels) {
      const specs = model.relationships[r.type]!.properties;
      for (const [key, spec] of Object.entries(specs)) if (spec.required) expect(r.properties, `${r.type}.${key}`).toHaveProperty(key);
      for (const [key, value] of Object.entries(r.properties)) {
        const spec = specs[key];
        expect(spec, `${r.type}.${key}`).toBeDefined();
        if (spec!.type === 'enum') expect(spec!.values).toContain(value);
        if (spec!.type === 'string') expect(typeof value).toBe('string');
      }
    }
  });

  it('gives nodes only the common properties and those of their label, with allowed values', () => {
    const common = new Set(['id', 'label', 'name', 'nameEn', 'nameEnOfficial', 'aliases', 'summary']);
    for (const node of rows(small).nodes) {
      const specs = model.labels[node.label]!.properties;
      for (const [key, spec] of Object.entries(specs)) if (spec.required) expect(node, `${node.label}.${key}`).toHaveProperty(key);
      for (const [key, value] of Object.entries(node)) {
        if (common.has(key)) continue;
        const spec = specs[key];
        expect(spec, `${node.label}.${key}`).toBeDefined();
        if (spec!.type === 'enum') expect(spec!.values).toContain(value);
      }
    }
  });

  it('starts every relationship at a synthetic node, so deleting those removes them all', () => {
    const synthetic = (label: string, id: string) => id.startsWith(syntheticIdPrefix(label, 7));
    expect(rels.filter((r) => !synthetic(r.fromLabel, r.from))).toEqual([]);
  });

  it('uses unique ids of the dataset form', () => {
    const ids = rowsOfLarge().nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z]+(-[a-z]+)*:[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });
});

describe('synthetic names', () => {
  it.each([
    ['enterprise', (i: number) => enterpriseName(i, 5), 60_000],
    ['platform', (i: number) => platformName(i, 5), 3_000],
    ['project', (i: number) => projectName(i, 5), 4_000],
  ])('gives every %s a name of its own, in Chinese and in English', (_kind, name, count) => {
    const names = Array.from({ length: count }, (_, i) => name(i));
    expect(new Set(names.map((n) => n.name)).size).toBe(count);
    expect(new Set(names.map((n) => n.nameEn)).size).toBe(count);
  });

  it('takes no name or alias of a curated entity', () => {
    const taken = rowsOfLarge().nodes.filter((n) => anchors.names.has(n.name as string));
    expect(taken.map((n) => `${n.id} ${n.name}`)).toEqual([]);
  });
});
