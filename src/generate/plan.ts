/**
 * What the synthetic graph consists of, computed from the options and the curated anchors alone:
 * the same enterprises and seed give the same plan, row for row. Nodes are described per index
 * (their properties are drawn when a batch is loaded); relationships are kept as index arrays,
 * about 9 bytes each, so a million of them fit in a few megabytes.
 */
import neo4j from 'neo4j-driver';
import type { Properties, Value } from '../ingest/properties.js';
import type { CuratedAnchors, EntityRef } from './curated.js';
import { enterpriseName, type Name, personName, platformName, projectName, type Side, SYNTHETIC_INDUSTRIES } from './names.js';
import { type Random, randomStream, zipfSampler } from './random.js';

export interface GenerationOptions {
  enterprises: number;
  seed: number;
}

/** Entities addressed by position: synthetic ones by number, curated ones from a list. */
export interface NodeSet {
  readonly size: number;
  id(index: number): string;
  label(index: number): string;
}

export interface NodeGroup {
  label: string;
  nodes: NodeSet;
  /** The node's own properties (names, the label's model properties); provenance is added on load. */
  properties(index: number): Properties;
}

export interface RelationshipGroup {
  type: string;
  from: NodeSet;
  to: NodeSet;
  size: number;
  fromIndex: Int32Array;
  toIndex: Int32Array;
  /** Index into `variants`: the relationship's own properties. */
  variant: Uint8Array;
  variants: readonly Properties[];
}

export interface SyntheticPlan extends GenerationOptions {
  /** The provenance of every synthetic node and relationship, in their `sourceNotes`. */
  sourceNote: string;
  /** In load order. */
  nodeGroups: NodeGroup[];
  relationshipGroups: RelationshipGroup[];
}

/** The upper bound of `enterprises`: beyond it a plan no longer fits comfortably in memory. */
export const MAX_ENTERPRISES = 2_000_000;

export function syntheticSourceNote({ seed }: Pick<GenerationOptions, 'seed'>): string {
  return `synthetic (seed ${seed})`;
}

/** Synthetic ids read `<label>:syn-<seed>-<n>`: `enterprise:syn-42-1`, `enterprise:syn-42-2`, … */
export function syntheticIdPrefix(label: string, seed: number): string {
  return `${label.toLowerCase()}:syn-${seed}-`;
}

function syntheticNodes(label: string, seed: number, size: number): NodeSet {
  const prefix = syntheticIdPrefix(label, seed);
  return { size, id: (index) => `${prefix}${index + 1}`, label: () => label };
}

function curatedNodes(refs: readonly EntityRef[]): NodeSet {
  return { size: refs.length, id: (index) => refs[index]!.id, label: (index) => refs[index]!.label };
}

function joined(first: NodeSet, second: NodeSet): NodeSet {
  const pick = <T>(index: number, get: (set: NodeSet, index: number) => T): T =>
    index < first.size ? get(first, index) : get(second, index - first.size);
  return {
    size: first.size + second.size,
    id: (index) => pick(index, (set, i) => set.id(i)),
    label: (index) => pick(index, (set, i) => set.label(i)),
  };
}

/**
 * The properties a relationship type can get, as the product of a few dimensions, and a draw
 * that picks one combination by the dimensions' weights. `undefined` leaves a property out.
 */
function variantsOf(dimensions: [key: string, values: readonly (Value | undefined)[], weights?: readonly number[]][]) {
  let variants: Properties[] = [{}];
  for (const [key, values] of dimensions) {
    variants = variants.flatMap((properties) =>
      values.map((value) => (value === undefined ? properties : { ...properties, [key]: value })),
    );
  }
  const draw = (random: Random): number =>
    dimensions.reduce(
      (index, [, values, weights]) => index * values.length + (weights ? weighted(random, weights) : random.int(values.length)),
      0,
    );
  return { variants, draw };
}

function weighted(random: Random, weights: readonly number[]): number {
  let target = random.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length - 1; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** Distinct draws of `draw`, at most `count` of them (fewer when the draws keep repeating). */
function distinct(count: number, draw: () => number): number[] {
  const chosen = new Set<number>();
  for (let attempt = 0; chosen.size < count && attempt < count * 20; attempt++) chosen.add(draw());
  return [...chosen];
}

class Collector {
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly variant: number[] = [];

  constructor(
    private readonly type: string,
    private readonly variants: readonly Properties[] = [{}],
  ) {}

  add(from: number, to: number, variant = 0): void {
    this.from.push(from);
    this.to.push(to);
    this.variant.push(variant);
  }

  group(from: NodeSet, to: NodeSet): RelationshipGroup {
    return {
      type: this.type,
      from,
      to,
      size: this.from.length,
      fromIndex: Int32Array.from(this.from),
      toIndex: Int32Array.from(this.to),
      variant: Uint8Array.from(this.variant),
      variants: this.variants,
    };
  }
}

const STATED = [{ basis: 'STATED' }];
const SERVE_ROLES = variantsOf([['role', ['载体', '支撑', '抓手', '依托']]]);
const COOPERATION = variantsOf([
  ['basis', ['ONGOING', 'INTENDED', 'AGREEMENT'], [5, 3, 2]],
  ['mode', [undefined, '互动交流', '联合研发', '供应链协作', '市场共拓', '技术许可'], [5, 1, 1, 1, 1, 1]],
]);
const EXPANSION = variantsOf([['stage', ['ANNOUNCED', 'PLANNED', 'PREPARING']]]);
const TITLES = ['董事长', '总经理', '副总经理', '首席技术官', '财务总监', '研发总监', '董事会秘书', '独立董事', '董事', '监事'];
const TITLE_VARIANTS = TITLES.map((title) => ({ title }));
const RUN_ROLES = [{ role: 'LEAD' }, { role: 'PARTNER' }, { role: 'SUPPORT' }];
const PROJECT_STATUSES = ['ANNOUNCED', 'PLANNED', 'IN_PROGRESS'];

/** How many of each synthetic label a run makes besides enterprises and people. */
export function syntheticSizes(enterprises: number, availableIndustries: number) {
  return {
    industries: Math.min(availableIndustries, Math.max(3, Math.round(enterprises / 2000))),
    platforms: Math.max(5, Math.round(enterprises / 50)),
    projects: Math.max(3, Math.round(enterprises / 10)),
  };
}

const named = (name: Name): Properties => ({ name: name.name, nameEn: name.nameEn, nameEnOfficial: false, aliases: [] });

/** Employees drawn from a log-normal distribution (median 33), capital in proportion. */
function enterpriseFigures(random: Random): Properties {
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  const employees = Math.min(200_000, Math.max(3, Math.round(Math.exp(3.5 + 1.2 * normal))));
  return {
    registeredEmployees: neo4j.int(employees),
    registeredCapitalYuan: Math.round(employees * (50_000 + 450_000 * random.next())),
  };
}

export function planSyntheticGraph(options: GenerationOptions, anchors: CuratedAnchors): SyntheticPlan {
  const { enterprises: count, seed } = options;
  const stream = (name: string, index = 0) => randomStream(seed, name, index);
  const industryNames = SYNTHETIC_INDUSTRIES.filter(([zh]) => !anchors.names.has(zh));
  const sizes = syntheticSizes(count, industryNames.length);

  const enterprises = syntheticNodes('Enterprise', seed, count);
  const newIndustries = syntheticNodes('Industry', seed, sizes.industries);
  const newPlatforms = syntheticNodes('Platform', seed, sizes.platforms);
  const projects = syntheticNodes('Project', seed, sizes.projects);
  const industries = joined(curatedNodes(anchors.industries), newIndustries);
  const hosts = joined(curatedNodes(anchors.platforms), newPlatforms);
  const places = curatedNodes(anchors.places);
  const hostsAndPlaces = joined(hosts, places);
  const tasks = curatedNodes(anchors.tasks);
  const policies = curatedNodes(anchors.policies);
  const placeIndex = new Map(anchors.places.map((ref, index) => [ref.id, index]));
  const sidePlaces = (side: Side) => anchors.sides[side].map((ref) => placeIndex.get(ref.id)!);

  // Skewed choices: each ranks its items in a seeded order, then favours the first ranks.
  const industryOf = zipfSampler(industries.size, 1.1, stream('industry-ranking'));
  const hostOf = zipfSampler(hosts.size, 1.0, stream('platform-ranking'));
  const taskOf = zipfSampler(tasks.size, 0.8, stream('task-ranking'));
  const policyOf = zipfSampler(policies.size, 1.0, stream('policy-ranking'));

  // Synthetic platforms: in their district's new area (or its city), each the vehicle of one or two tasks.
  const platformLocations = new Collector('LOCATED_IN', STATED);
  const serves = new Collector('SERVES', SERVE_ROLES.variants);
  {
    const random = stream('platforms');
    for (let p = 0; p < newPlatforms.size; p++) {
      platformLocations.add(p, sidePlaces(platformName(p, seed).side)[random.chance(0.8) ? 0 : 1]!);
      for (const task of distinct(random.chance(0.5) ? 2 : 1, () => taskOf(random))) serves.add(p, task, SERVE_ROLES.draw(random));
    }
  }

  // Enterprises: 1-3 industries, one location (a platform, else a new area or region), some
  // expansions and policies.
  const inIndustry = new Collector('IN_INDUSTRY');
  const enterpriseLocations = new Collector('LOCATED_IN', STATED);
  const expandsTo = new Collector('EXPANDS_TO', EXPANSION.variants);
  const applies = new Collector('APPLIES');
  {
    const random = stream('enterprises');
    for (let e = 0; e < count; e++) {
      for (const industry of distinct(1 + weighted(random, [50, 35, 15]), () => industryOf(random))) inIndustry.add(e, industry);
      enterpriseLocations.add(e, random.chance(0.85) ? hostOf(random) : hosts.size + random.int(places.size));
      if (random.chance(0.3)) expandsTo.add(e, random.int(places.size), EXPANSION.draw(random));
      if (random.chance(0.4)) applies.add(e, policyOf(random));
    }
  }

  // Cooperation by preferential attachment: enterprise e picks 4 or 5 earlier partners, each with
  // probability proportional to its degree + 1 (an endpoint of a random earlier edge, or any
  // earlier enterprise). Early enterprises become hubs. Stored once per pair, from e.
  const cooperates = new Collector('COOPERATES_WITH', COOPERATION.variants);
  {
    const random = stream('cooperation');
    const endpoints = new Int32Array(count * 10 + 2);
    let ends = 0;
    for (let e = 1; e < count; e++) {
      const partners = distinct(Math.min(e, random.chance(0.5) ? 4 : 5), () => {
        const r = random.int(ends + e);
        return r < ends ? endpoints[r]! : r - ends;
      });
      for (const partner of partners) {
        cooperates.add(e, partner, COOPERATION.draw(random));
        endpoints[ends++] = e;
        endpoints[ends++] = partner;
      }
    }
  }

  // People: one or two per enterprise (chair or general manager first), one in ten also on the
  // board of another enterprise.
  const positions = new Collector('HOLDS_POSITION', TITLE_VARIANTS);
  let people = 0;
  {
    const random = stream('people');
    for (let e = 0; e < count; e++) {
      const here = random.chance(0.2) ? 2 : 1;
      for (let k = 0; k < here; k++, people++) {
        positions.add(people, e, k === 0 ? random.int(2) : 2 + random.int(5));
        if (count > 1 && random.chance(0.1)) {
          const other = random.int(count - 1);
          positions.add(people, other >= e ? other + 1 : other, 7 + random.int(3));
        }
      }
    }
  }
  const persons = syntheticNodes('Person', seed, people);

  // Projects: each implements a task, lies on a platform or in its district's new area, and is
  // run by a lead enterprise with up to four partners or supporters.
  const implementsTask = new Collector('IMPLEMENTS', STATED);
  const projectLocations = new Collector('LOCATED_IN', STATED);
  const runs = new Collector('RUNS', RUN_ROLES);
  {
    const random = stream('projects');
    for (let p = 0; p < projects.size; p++) {
      implementsTask.add(p, taskOf(random));
      projectLocations.add(p, random.chance(0.6) ? hostOf(random) : hosts.size + sidePlaces(projectName(p, seed).side)[0]!);
      const lead = random.int(count);
      const others = distinct(Math.min(count - 1, random.int(5)), () => random.int(count)).filter((e) => e !== lead);
      runs.add(lead, p, 0);
      for (const other of others) runs.add(other, p, random.chance(0.7) ? 1 : 2);
    }
  }

  const nodeGroups: NodeGroup[] = [
    {
      label: 'Industry',
      nodes: newIndustries,
      properties: (i) => {
        const [name, nameEn, kind] = industryNames[i]!;
        return { ...named({ name, nameEn }), kind };
      },
    },
    {
      label: 'Platform',
      nodes: newPlatforms,
      properties: (i) => {
        const name = platformName(i, seed);
        return { ...named(name), kind: name.kind };
      },
    },
    {
      label: 'Project',
      nodes: projects,
      properties: (i) => {
        const name = projectName(i, seed);
        return { ...named(name), kind: name.kind, status: stream('project', i).pick(PROJECT_STATUSES) };
      },
    },
    {
      label: 'Enterprise',
      nodes: enterprises,
      properties: (i) => {
        const name = enterpriseName(i, seed);
        return { ...named(name), businessType: name.businessType, ...enterpriseFigures(stream('enterprise', i)) };
      },
    },
    { label: 'Person', nodes: persons, properties: (i) => named(personName(stream('person', i), anchors.names)) },
  ];

  return {
    ...options,
    sourceNote: syntheticSourceNote(options),
    nodeGroups,
    relationshipGroups: [
      platformLocations.group(newPlatforms, places),
      serves.group(newPlatforms, tasks),
      inIndustry.group(enterprises, industries),
      enterpriseLocations.group(enterprises, hostsAndPlaces),
      expandsTo.group(enterprises, places),
      applies.group(enterprises, policies),
      cooperates.group(enterprises, enterprises),
      positions.group(persons, enterprises),
      implementsTask.group(projects, tasks),
      projectLocations.group(projects, hostsAndPlaces),
      runs.group(enterprises, projects),
    ],
  };
}

/** One relationship of a group, as the load statement takes it. */
export function relationshipRow(group: RelationshipGroup, index: number): { from: string; to: string; properties: Properties } {
  return {
    from: group.from.id(group.fromIndex[index]!),
    to: group.to.id(group.toIndex[index]!),
    properties: group.variants[group.variant[index]!]!,
  };
}

export interface PlanTotals {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  nodeCount: number;
  relationshipCount: number;
}

/** Nodes by label and relationships by type, both sorted by name. */
export function planTotals(plan: SyntheticPlan): PlanTotals {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const group of plan.nodeGroups) nodes[group.label] = (nodes[group.label] ?? 0) + group.nodes.size;
  for (const group of plan.relationshipGroups) relationships[group.type] = (relationships[group.type] ?? 0) + group.size;
  const sorted = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);
  return { nodes: sorted(nodes), relationships: sorted(relationships), nodeCount: sum(nodes), relationshipCount: sum(relationships) };
}
