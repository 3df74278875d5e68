import { defineQuery } from '../../db/cypher.js';
import { badUserInput, notFound } from '../../model/errors.js';
import { citationsOf } from '../../model/citations.js';
import type { NewAreaRow, PlatformRow, TaskRow } from '../../model/rows.generated.js';
import type { EdgeProjection } from '../loaders.js';
import type { ReadPort } from '../port.js';
import { type RawProperties, toEntity } from '../rows.js';
import type { NeighborhoodRequest, PartnerRequest, PathsRequest } from './arguments.js';
import type { PartnerCandidateRow, PartnerReasonRow, PathRow, RawRelationship, SubgraphRow, TaskCoverageRow } from './rows.js';
import { PARTNER_REASON_WEIGHTS, type PartnerReasonKind, partnerScore } from './score.js';
import { gapReason } from './gaps.js';
import { mergeCitations, toEdge, toPath } from './sentences.js';

/**
 * The analyst queries: taskCoverage, neighborhood, paths and partnerCandidates. Each is ONE named
 * statement of cypher/explore/ (one round trip); arguments become its parameters, never Cypher.
 * Unknown ids come back as nulls from the statement and become NOT_FOUND here; bad arguments
 * are refused before the statement runs.
 */

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
const pathsQuery = defineQuery<PathsRequest, PathsRecord & { shortestCount: number | null; shortestLength: number | null }>('paths');
const pathsWidenQuery = defineQuery<PathsRequest & { shortestLength: number; hubDegree: number }, Pick<PathsRecord, 'paths'> & { truncated: boolean }>('pathsWiden');

/**
 * The search for paths of the next length passes through no entity with more relationships than
 * this (hubs such as a new area or a large industry, whose neighbours it would otherwise list one
 * by one); the curated graph has no entity near it, so its answers are those of an unbounded search.
 */
export const PATHS_HUB_DEGREE = 1000;
/**
 * A partner anchor (an industry, platform, task, … the subject shares) with more candidate ties
 * than this is a hub: its candidates are read only when a candidate tied to hubs alone could
 * reach the ranking (cypher/explore/partnerCandidates.cypher). The answer is the same either way;
 * reading an anchor whole costs about its ties.
 */
export const PARTNER_HUB_TIES = 50_000;
/**
 * How many candidates of the anchors that are not hubs, the best by those anchors alone, are
 * scored with every reason first; the rest only when one left out could still rank. Checking a
 * candidate's hubs from its side costs about 15 µs, so checking all 49,000 candidates of an
 * industry and a platform of a million enterprises took most of a second.
 */
export const PARTNER_SHORTLIST = 5_000;
const partnerQuery = defineQuery<
  PartnerRequest & { weights: Record<string, number>; hubTies: number; shortlist: number },
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

/** `projection` says what the query selects: brief nodes and bare edges leave the rest of each row at its default. */
export async function readNeighborhood(ctx: ReadPort, request: NeighborhoodRequest, projection: EdgeProjection): Promise<SubgraphRow> {
  const [row] = await ctx.read((tx) => neighborhoodQuery.run(tx, { ...request, ...projection }, ctx.roundTrips));
  if (!row || row.center === null) throw notFound(request.id);
  return { nodes: row.nodes.map(toEntity), edges: row.edges.map(toEdge), truncated: row.truncated };
}

/**
 * The shortest group first; the paths of the next length only when the shortest group holds fewer
 * than `first` paths and is shorter than `maxLength` (every shortest path sorts before them, and
 * the first statement returned the whole group). `truncated` is that second search's: true when
 * its bound (PATHS_HUB_DEGREE) may have left paths out; it is the same on every path.
 */
export async function readPaths(ctx: ReadPort, request: PathsRequest): Promise<PathRow[]> {
  const { paths, truncated } = await ctx.read(async (tx) => {
    const [row] = await pathsQuery.run(tx, { ...request }, ctx.roundTrips);
    if (!row || row.from === null) throw notFound(request.fromId);
    if (row.to === null) throw notFound(request.toId);
    const { shortestCount, shortestLength } = row;
    const widen = shortestCount !== null && shortestCount > 0 && shortestCount < request.first && shortestLength !== null && shortestLength < request.maxLength;
    if (!widen) return { paths: row.paths, truncated: false };
    const [wider] = await pathsWidenQuery.run(tx, { ...request, shortestLength, hubDegree: PATHS_HUB_DEGREE }, ctx.roundTrips);
    return { paths: [...row.paths, ...(wider?.paths ?? [])].slice(0, request.first), truncated: wider?.truncated ?? false };
  });
  return paths.map((path) => ({ ...toPath(path.nodes, path.relationships), truncated }));
}

function requireLabel(labels: string[] | null, label: string, id: string, argument: string): void {
  if (labels && !labels.includes(label)) {
    const actual = labels.find((l) => l !== 'Entity') ?? 'Entity';
    throw badUserInput(`${argument} must name an entity of type ${label}, but "${id}" is of type ${actual}`, argument);
  }
}

export async function readPartnerCandidates(ctx: ReadPort, request: PartnerRequest): Promise<PartnerCandidateRow[]> {
  const [row] = await ctx.read((tx) =>
    partnerQuery.run(
      tx,
      { ...request, weights: { ...PARTNER_REASON_WEIGHTS }, hubTies: PARTNER_HUB_TIES, shortlist: PARTNER_SHORTLIST },
      ctx.roundTrips,
    ),
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

