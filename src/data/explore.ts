import { defineQuery } from '../db/cypher.js';
import { badUserInput, notFound, queryTooComplex } from '../model/errors.js';
import type { EdgeProjection } from './loaders.js';
import type { NewAreaRow, PlatformRow, RelationshipRow, TaskRow } from '../model/rows.generated.js';
import type { CitationRow } from '../model/citations.js';
import type { EntityRow } from '../model/rows.generated.js';
import type { RelationshipType } from '../model/rows.generated.js';
import { labelOfEntityType } from '../model/entity-types.js';
import { citationsOf } from '../model/citations.js';
import { type RawProperties, toEntity, toRelationship } from './rows.js';
import type { ReadPort } from './port.js';

/**
 * The analyst queries: taskCoverage, neighborhood, paths and partnerCandidates. Each is ONE named
 * statement of cypher/explore/ (one round trip); arguments become its parameters, never Cypher.
 * Unknown ids come back as nulls from the statement and become NOT_FOUND here; bad arguments
 * are refused before the statement runs.
 */

// ---------------------------------------------------------------- limits

export const MAX_DEPTH = 3;
export const MAX_PATH_LENGTH = 6;
export const MAX_NEIGHBORHOOD_LIMIT = 500;
export const MAX_FIRST = 50;

export const DEFAULT_DEPTH = 1;
export const DEFAULT_NEIGHBORHOOD_LIMIT = 100;
export const DEFAULT_PATH_LENGTH = 4;
export const DEFAULT_PATHS_FIRST = 5;
export const DEFAULT_PARTNERS_FIRST = 10;

// ---------------------------------------------------------------- rows

/** A relationship as the explore statements return it: `{type, source, target, properties}`. */
interface RawRelationship {
  type: RelationshipType;
  /** Id of the start node. */
  source: string;
  /** Id of the end node. */
  target: string;
  properties: RawProperties;
}

export interface SideCoverageRow {
  newArea: NewAreaRow;
  platforms: PlatformRow[];
}

export type CoverageGapReason = 'NO_PLATFORM_NAMED' | 'NONE_NAMED_ON_THIS_SIDE' | 'PLATFORM_SIDE_UNKNOWN';

export interface CoverageGapRow {
  newArea: NewAreaRow;
  reason: CoverageGapReason;
}

export interface TaskCoverageRow {
  task: TaskRow;
  sides: SideCoverageRow[];
  gaps: NewAreaRow[];
  gapReasons: CoverageGapRow[];
  platformsWithoutSide: PlatformRow[];
}

export interface GraphEdgeRow {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  detail: string | null;
  citations: CitationRow[];
  /** The relationship seen from its source (direction OUTGOING), with all its properties. */
  relationship: RelationshipRow;
}

export interface SubgraphRow {
  nodes: EntityRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

export type StepDirection = 'FORWARD' | 'BACKWARD';

export interface PathStepRow {
  from: EntityRow;
  to: EntityRow;
  type: RelationshipType;
  direction: StepDirection;
  detail: string | null;
  citations: CitationRow[];
  sentence: string;
  /** The relationship seen from `from`: OUTGOING when the step goes forward. */
  relationship: RelationshipRow;
}

export interface PathRow {
  length: number;
  steps: PathStepRow[];
  sentence: string;
}

export interface PartnerReasonRow {
  kind: PartnerReasonKind;
  via: EntityRow;
  weight: number;
  citations: CitationRow[];
}

export interface PartnerCandidateRow {
  entity: EntityRow;
  score: number;
  reasons: PartnerReasonRow[];
}

// ---------------------------------------------------------------- arguments

/** Over `max` is QUERY_TOO_COMPLEX naming `limit`; anything else out of range BAD_USER_INPUT. */
function intInRange(value: number | null | undefined, fallback: number, min: number, max: number, argument: string, limit: string): number {
  const n = value ?? fallback;
  const problem = `${argument} must be between ${min} and ${max}, got ${n}`;
  if (Number.isInteger(n) && n > max) throw queryTooComplex(problem, limit, { argument, maximum: max });
  if (!Number.isInteger(n) || n < min) throw badUserInput(problem, argument);
  return n;
}

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationshipTypes?: readonly string[] | null;
  limit?: number | null;
}

export interface NeighborhoodRequest {
  id: string;
  depth: number;
  /** null: every type (as for an omitted or empty list). */
  relationshipTypes: string[] | null;
  limit: number;
}

export function parseNeighborhoodArgs(args: NeighborhoodArgs): NeighborhoodRequest {
  return {
    id: args.id,
    depth: intInRange(args.depth, DEFAULT_DEPTH, 1, MAX_DEPTH, 'depth', 'maxNeighborhoodDepth'),
    // Like Entity.relationships(types): no list, or an empty one, means every type.
    relationshipTypes: args.relationshipTypes?.length ? [...new Set(args.relationshipTypes)].sort() : null,
    limit: intInRange(args.limit, DEFAULT_NEIGHBORHOOD_LIMIT, 1, MAX_NEIGHBORHOOD_LIMIT, 'limit', 'maxNeighborhoodLimit'),
  };
}

export interface PathsArgs {
  fromId: string;
  toId: string;
  maxLength?: number | null;
  first?: number | null;
  excludeIds?: readonly string[] | null;
  excludeTypes?: readonly string[] | null;
  excludeRelationshipTypes?: readonly string[] | null;
}

export type PathsRequest = {
  fromId: string;
  toId: string;
  maxLength: number;
  first: number;
  /** Entities no path passes through (the ends excepted). */
  excludeIds: string[];
  /** Labels (NewArea, …) of the entities no path passes through. */
  excludeLabels: string[];
  excludeRelationshipTypes: string[];
};

export function parsePathsArgs(args: PathsArgs): PathsRequest {
  if (args.fromId === args.toId) {
    throw badUserInput('toId must differ from fromId', 'toId');
  }
  return {
    fromId: args.fromId,
    toId: args.toId,
    maxLength: intInRange(args.maxLength, DEFAULT_PATH_LENGTH, 1, MAX_PATH_LENGTH, 'maxLength', 'maxPathLength'),
    first: intInRange(args.first, DEFAULT_PATHS_FIRST, 1, MAX_FIRST, 'first', 'maxResults'),
    excludeIds: [...new Set(args.excludeIds ?? [])].sort(),
    excludeLabels: [...new Set(args.excludeTypes ?? [])].map(labelOfEntityType).sort(),
    excludeRelationshipTypes: [...new Set(args.excludeRelationshipTypes ?? [])].sort(),
  };
}

export interface PartnerArgs {
  enterpriseId?: string | null;
  industry?: string | null;
  inArea: string;
  candidateTypes?: readonly string[] | null;
  first?: number | null;
}

export type PartnerRequest = {
  enterpriseId: string | null;
  industry: string | null;
  inArea: string;
  /** Labels the candidates may have: Enterprise, Organization, Platform. */
  candidateLabels: string[];
  first: number;
};

/** The entity types a partner candidate may be of, and the default. */
export const PARTNER_CANDIDATE_TYPES = ['ENTERPRISE', 'ORGANIZATION', 'PLATFORM'] as const;
export const DEFAULT_PARTNER_CANDIDATE_TYPES = ['ENTERPRISE'] as const;

function candidateLabelsOf(types: readonly string[] | null | undefined): string[] {
  const chosen = types?.length ? [...new Set(types)] : [...DEFAULT_PARTNER_CANDIDATE_TYPES];
  const wrong = chosen.find((type) => !(PARTNER_CANDIDATE_TYPES as readonly string[]).includes(type));
  if (wrong !== undefined) {
    throw badUserInput(`candidateTypes may hold ${PARTNER_CANDIDATE_TYPES.join(', ')}, not ${wrong}`, 'candidateTypes');
  }
  return chosen.map(labelOfEntityType).sort();
}

export function parsePartnerArgs(args: PartnerArgs): PartnerRequest {
  const enterpriseId = args.enterpriseId ?? null;
  const industry = args.industry ?? null;
  if ((enterpriseId === null) === (industry === null)) {
    throw badUserInput(
      enterpriseId === null ? 'give enterpriseId or industry' : 'give enterpriseId or industry, not both',
      enterpriseId === null ? 'enterpriseId' : 'industry',
    );
  }
  return {
    enterpriseId,
    industry,
    inArea: args.inArea,
    candidateLabels: candidateLabelsOf(args.candidateTypes),
    first: intInRange(args.first, DEFAULT_PARTNERS_FIRST, 1, MAX_FIRST, 'first', 'maxResults'),
  };
}

// ---------------------------------------------------------------- partner score

/**
 * What each kind of reason adds to a partner candidate's score; the SDL description of
 * PartnerCandidate.score states the same table (a unit test compares them).
 */
export const PARTNER_REASON_WEIGHTS = {
  SHARED_INDUSTRY: 3,
  CONNECTED_PEOPLE: 3,
  SHARED_TASK: 2,
  SHARED_PLATFORM: 2,
  SHARED_PROJECT: 2,
  LINKING_PERSON: 2,
  SHARED_COOPERATION_AREA: 1,
} as const;

export type PartnerReasonKind = keyof typeof PARTNER_REASON_WEIGHTS;

/** The sum of the weights of the reasons; one reason per (kind, via) pair. */
export function partnerScore(reasons: readonly { kind: PartnerReasonKind }[]): number {
  return reasons.reduce((total, reason) => total + PARTNER_REASON_WEIGHTS[reason.kind], 0);
}

// ---------------------------------------------------------------- sentences

/** The property that qualifies a relationship in a sentence, per type (short values only). */
const DETAIL_PROPERTY: Readonly<Record<string, string>> = {
  SERVES: 'role',
  CARRIES: 'role',
  INVOLVES: 'role',
  PARTICIPATES_IN: 'role',
  RUNS: 'role',
  PURSUES: 'verb',
  EXPANDS_TO: 'stage',
  APPROVES: 'what',
  COOPERATES_WITH: 'basis',
  CREDITED_ON: 'roles',
};

/** The short qualifier shown in parentheses: 董事长 for HOLDS_POSITION, 支撑 for SERVES, … */
export function relationshipDetail(type: string, properties: RawProperties): string | null {
  if (type === 'HOLDS_POSITION') {
    const title = properties.title;
    if (typeof title !== 'string') return null;
    return properties.former === true ? `原${title}` : title;
  }
  const key = DETAIL_PROPERTY[type];
  const value = key === undefined ? undefined : properties[key];
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value) && value.length > 0) return value.join(',');
  return null;
}

function arrow(type: string, detail: string | null, direction: StepDirection): string {
  const label = detail === null ? type : `${type}(${detail})`;
  return direction === 'FORWARD' ? `—${label}→` : `←${label}—`;
}

/** One step in walking order: `猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃`. */
export function stepSentence(from: string, type: string, detail: string | null, direction: StepDirection, to: string): string {
  return `${from} ${arrow(type, detail, direction)} ${to}`;
}

/** A whole path: `猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒 …`. */
export function pathSentence(start: string, steps: readonly { type: string; detail: string | null; direction: StepDirection; to: string }[]): string {
  return [start, ...steps.map((s) => `${arrow(s.type, s.detail, s.direction)} ${s.to}`)].join(' ');
}

/** Stable id of a relationship: (source, type, target) is unique in the dataset. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}-${type}->${target}`;
}

/** The citations of several relationships, in order, each (source, paragraph, quote) once. */
export function mergeCitations(lists: readonly (readonly CitationRow[])[]): CitationRow[] {
  const seen = new Set<string>();
  const merged: CitationRow[] = [];
  for (const citation of lists.flat()) {
    const key = `${citation.source}\u0000${citation.paragraph}\u0000${citation.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(citation);
  }
  return merged;
}

function toEdge(raw: RawRelationship): GraphEdgeRow {
  const { properties } = raw;
  return {
    id: edgeId(raw.source, raw.type, raw.target),
    type: raw.type,
    source: raw.source,
    target: raw.target,
    detail: relationshipDetail(raw.type, properties),
    citations: citationsOf(properties),
    relationship: toRelationship(raw.type, true, properties),
  };
}

/** Turns the nodes and relationships of a path into steps in walking order. */
export function toPath(rawNodes: readonly RawProperties[], rawRelationships: readonly RawRelationship[]): PathRow {
  const nodes = rawNodes.map(toEntity);
  const steps = rawRelationships.map((raw, i): PathStepRow => {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const direction: StepDirection = raw.source === from.id ? 'FORWARD' : 'BACKWARD';
    const { properties } = raw;
    const detail = relationshipDetail(raw.type, properties);
    return {
      from,
      to,
      type: raw.type,
      direction,
      detail,
      citations: citationsOf(properties),
      sentence: stepSentence(from.name, raw.type, detail, direction, to.name),
      relationship: toRelationship(raw.type, direction === 'FORWARD', properties),
    };
  });
  return {
    length: steps.length,
    steps,
    sentence: pathSentence(nodes[0]!.name, steps.map((s) => ({ ...s, to: s.to.name }))),
  };
}

// ---------------------------------------------------------------- statements

interface TaskCoverageRecord {
  task: RawProperties;
  sides: { newArea: RawProperties; platforms: RawProperties[] }[];
  gaps: RawProperties[];
  platformsWithoutSide: RawProperties[];
}

interface NeighborhoodRecord {
  center: string | null;
  nodes: RawProperties[];
  edges: RawRelationship[];
  truncated: boolean;
}

interface PathsRecord {
  from: string | null;
  to: string | null;
  paths: { nodes: RawProperties[]; relationships: RawRelationship[] }[];
}

interface PartnerRecord {
  subject: string | null;
  subjectLabels: string[] | null;
  area: string | null;
  areaLabels: string[] | null;
  candidates: {
    entity: RawProperties;
    score: number;
    reasons: { kind: PartnerReasonKind; via: RawProperties; relationships: RawRelationship[][] }[];
  }[];
}

const taskCoverageQuery = defineQuery<Record<string, never>, TaskCoverageRecord>('taskCoverage');
const neighborhoodQuery = defineQuery<
  { id: string; depth: number; relationshipTypes: string[] | null; limit: number; briefNodes: boolean; relationshipProperties: boolean },
  NeighborhoodRecord
>('neighborhood');
const pathsQuery = defineQuery<PathsRequest, PathsRecord>('paths');
const partnerQuery = defineQuery<
  PartnerRequest & { weights: Record<string, number> },
  PartnerRecord
>('partnerCandidates');

/** Every key task, by year and number, with its platforms per side and its gaps. */
export async function readTaskCoverage(ctx: ReadPort): Promise<TaskCoverageRow[]> {
  const rows = await ctx.read((tx) => taskCoverageQuery.run(tx, {}, ctx.roundTrips));
  // The statement returns a Task, NewAreas and Platforms where these types are expected.
  const task = (raw: RawProperties) => toEntity(raw) as TaskRow;
  const newArea = (raw: RawProperties) => toEntity(raw) as NewAreaRow;
  const platform = (raw: RawProperties) => toEntity(raw) as PlatformRow;
  return rows.map((row) => {
    const gaps = row.gaps.map(newArea);
    const reason = gapReason(row.sides.some((side) => side.platforms.length > 0), row.platformsWithoutSide.length > 0);
    return {
      task: task(row.task),
      sides: row.sides.map((side) => ({ newArea: newArea(side.newArea), platforms: side.platforms.map(platform) })),
      gaps,
      gapReasons: gaps.map((area) => ({ newArea: area, reason })),
      platformsWithoutSide: row.platformsWithoutSide.map(platform),
    };
  });
}

/** What a gap of a task means, from what the article names for it: platforms on a side, platforms without one. */
export function gapReason(platformOnSomeSide: boolean, platformWithoutSide: boolean): CoverageGapReason {
  if (platformWithoutSide) return 'PLATFORM_SIDE_UNKNOWN';
  return platformOnSomeSide ? 'NONE_NAMED_ON_THIS_SIDE' : 'NO_PLATFORM_NAMED';
}

/** `projection` says what the query selects: brief nodes and bare edges leave the rest of each row at its default. */
export async function readNeighborhood(ctx: ReadPort, request: NeighborhoodRequest, projection: EdgeProjection): Promise<SubgraphRow> {
  const [row] = await ctx.read((tx) => neighborhoodQuery.run(tx, { ...request, ...projection }, ctx.roundTrips));
  if (!row || row.center === null) throw notFound(request.id);
  return { nodes: row.nodes.map(toEntity), edges: row.edges.map(toEdge), truncated: row.truncated };
}

export async function readPaths(ctx: ReadPort, request: PathsRequest): Promise<PathRow[]> {
  const [row] = await ctx.read((tx) => pathsQuery.run(tx, { ...request }, ctx.roundTrips));
  if (!row || row.from === null) throw notFound(request.fromId);
  if (row.to === null) throw notFound(request.toId);
  return row.paths.map((path) => toPath(path.nodes, path.relationships));
}

function requireLabel(labels: string[] | null, label: string, id: string, argument: string): void {
  if (labels && !labels.includes(label)) {
    const actual = labels.find((l) => l !== 'Entity') ?? 'Entity';
    throw badUserInput(`${argument} must name an entity of type ${label}, but "${id}" is of type ${actual}`, argument);
  }
}

export async function readPartnerCandidates(ctx: ReadPort, request: PartnerRequest): Promise<PartnerCandidateRow[]> {
  const [row] = await ctx.read((tx) =>
    partnerQuery.run(tx, { ...request, weights: { ...PARTNER_REASON_WEIGHTS } }, ctx.roundTrips),
  );
  const subjectId = (request.enterpriseId ?? request.industry)!;
  if (!row || row.subject === null) throw notFound(subjectId);
  if (row.area === null) throw notFound(request.inArea);
  if (request.enterpriseId !== null) requireLabel(row.subjectLabels, 'Enterprise', subjectId, 'enterpriseId');
  else requireLabel(row.subjectLabels, 'Industry', subjectId, 'industry');
  requireLabel(row.areaLabels, 'NewArea', request.inArea, 'inArea');
  return row.candidates.map((candidate) => {
    const reasons = candidate.reasons.map(
      (reason): PartnerReasonRow => ({
        kind: reason.kind,
        via: toEntity(reason.via),
        weight: PARTNER_REASON_WEIGHTS[reason.kind],
        citations: mergeCitations(reason.relationships.flat().map((raw) => citationsOf(raw.properties))),
      }),
    );
    return { entity: toEntity(candidate.entity), score: partnerScore(reasons), reasons };
  });
}
