import { labelOfEntityType } from '../../model/entity-types.js';
import { badUserInput, queryTooComplex } from '../../model/errors.js';

/** The analyst queries' arguments, checked before a statement runs; a bad one is refused naming it. */

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

