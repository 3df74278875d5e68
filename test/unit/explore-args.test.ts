import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  MAX_FIRST,
  MAX_NEIGHBORHOOD_LIMIT,
  MAX_PATH_LENGTH,
  parseNeighborhoodArgs,
  parsePartnerArgs,
  parsePathsArgs,
} from '../../src/data/explore/arguments.js';

/** Runs `parse` and returns the error's message and argument, checking its code. */
function refusal(parse: () => unknown, code = 'BAD_USER_INPUT'): { message: string; argument: unknown } {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    expect(e.extensions.code).toBe(code);
    return { message: e.message, argument: e.extensions.argument };
  }
  throw new Error(`expected a ${code} error`);
}

/** An argument over its maximum: QUERY_TOO_COMPLEX naming the argument, the limit and its value. */
function overLimit(parse: () => unknown): Record<string, unknown> {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { http: _http, ...extensions } = (error as GraphQLError).extensions;
    return { message: (error as GraphQLError).message, ...extensions };
  }
  throw new Error('expected a QUERY_TOO_COMPLEX error');
}

describe('parseNeighborhoodArgs', () => {
  it('fills in the defaults of the SDL', () => {
    expect(parseNeighborhoodArgs({ id: 'enterprise:zhubajie' })).toEqual({
      id: 'enterprise:zhubajie',
      depth: 1,
      relationshipTypes: null,
      limit: 100,
    });
  });

  it('accepts the bounds', () => {
    expect(parseNeighborhoodArgs({ id: 'x', depth: 1, limit: 1 })).toMatchObject({ depth: 1, limit: 1 });
    expect(parseNeighborhoodArgs({ id: 'x', depth: MAX_DEPTH, limit: MAX_NEIGHBORHOOD_LIMIT })).toMatchObject({ depth: 3, limit: 500 });
  });

  it.each([
    [{ depth: 0 }, 'depth', 'depth must be between 1 and 3, got 0'],
    [{ limit: 0 }, 'limit', 'limit must be between 1 and 500, got 0'],
  ])('refuses %o naming %s', (args, argument, message) => {
    expect(refusal(() => parseNeighborhoodArgs({ id: 'x', ...args }))).toEqual({ message, argument });
  });

  it.each([
    [{ depth: 4 }, 'depth', 'maxNeighborhoodDepth', MAX_DEPTH],
    [{ limit: 501 }, 'limit', 'maxNeighborhoodLimit', MAX_NEIGHBORHOOD_LIMIT],
  ])('refuses %o as too complex, naming %s and the limit', (args, argument, limit, maximum) => {
    expect(overLimit(() => parseNeighborhoodArgs({ id: 'x', ...args }))).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      message: `${argument} must be between 1 and ${maximum}, got ${maximum + 1}`,
      argument,
      limit,
      maximum,
    });
  });

  it('reads an empty type list as every type, and sorts and de-duplicates a given one', () => {
    expect(parseNeighborhoodArgs({ id: 'x', relationshipTypes: [] }).relationshipTypes).toBeNull();
    expect(parseNeighborhoodArgs({ id: 'x', relationshipTypes: ['SERVES', 'HOLDS_POSITION', 'SERVES'] }).relationshipTypes).toEqual([
      'HOLDS_POSITION',
      'SERVES',
    ]);
  });
});

describe('parsePathsArgs', () => {
  it('fills in the defaults of the SDL', () => {
    expect(parsePathsArgs({ fromId: 'a', toId: 'b' })).toEqual({
      fromId: 'a',
      toId: 'b',
      maxLength: 4,
      first: 5,
      excludeIds: [],
      excludeLabels: [],
      excludeRelationshipTypes: [],
    });
  });

  it('turns excluded types into labels, each exclusion once and sorted', () => {
    expect(
      parsePathsArgs({
        fromId: 'a',
        toId: 'b',
        excludeIds: ['region:sichuan', 'new-area:tianfu', 'region:sichuan'],
        excludeTypes: ['REGION', 'NEW_AREA'],
        excludeRelationshipTypes: ['SETS', 'LOCATED_IN'],
      }),
    ).toMatchObject({
      excludeIds: ['new-area:tianfu', 'region:sichuan'],
      excludeLabels: ['NewArea', 'Region'],
      excludeRelationshipTypes: ['LOCATED_IN', 'SETS'],
    });
  });

  it.each([
    [{ maxLength: 0 }, 'maxLength', 'maxLength must be between 1 and 6, got 0'],
    [{ first: 0 }, 'first', 'first must be between 1 and 50, got 0'],
  ])('refuses %o naming %s', (args, argument, message) => {
    expect(refusal(() => parsePathsArgs({ fromId: 'a', toId: 'b', ...args }))).toEqual({ message, argument });
  });

  it.each([
    [{ maxLength: MAX_PATH_LENGTH + 1 }, 'maxLength', 'maxPathLength', MAX_PATH_LENGTH],
    [{ first: MAX_FIRST + 1 }, 'first', 'maxResults', MAX_FIRST],
  ])('refuses %o as too complex, naming %s and the limit', (args, argument, limit, maximum) => {
    expect(overLimit(() => parsePathsArgs({ fromId: 'a', toId: 'b', ...args }))).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      message: `${argument} must be between 1 and ${maximum}, got ${maximum + 1}`,
      argument,
      limit,
      maximum,
    });
  });

  it('refuses a path from an entity to itself, naming toId', () => {
    expect(refusal(() => parsePathsArgs({ fromId: 'a', toId: 'a' }))).toEqual({ message: 'toId must differ from fromId', argument: 'toId' });
  });
});

describe('parsePartnerArgs', () => {
  it('asks for enterprises unless other candidate types are given, and refuses any but three', () => {
    const base = { enterpriseId: 'enterprise:zhubajie', inArea: 'new-area:tianfu' };
    expect(parsePartnerArgs({ ...base, candidateTypes: [] }).candidateLabels).toEqual(['Enterprise']);
    expect(parsePartnerArgs({ ...base, candidateTypes: ['PLATFORM', 'ORGANIZATION'] }).candidateLabels).toEqual(['Organization', 'Platform']);
    expect(refusal(() => parsePartnerArgs({ ...base, candidateTypes: ['PERSON'] }))).toEqual({
      message: 'candidateTypes may hold ENTERPRISE, ORGANIZATION, PLATFORM, not PERSON',
      argument: 'candidateTypes',
    });
  });

  it('takes exactly one of enterpriseId and industry', () => {
    expect(parsePartnerArgs({ enterpriseId: 'enterprise:zhubajie', inArea: 'new-area:tianfu' })).toEqual({
      enterpriseId: 'enterprise:zhubajie',
      industry: null,
      inArea: 'new-area:tianfu',
      candidateLabels: ['Enterprise'],
      first: 10,
    });
    expect(parsePartnerArgs({ industry: 'industry:finance', enterpriseId: null, inArea: 'new-area:tianfu', first: 50 })).toEqual({
      enterpriseId: null,
      industry: 'industry:finance',
      inArea: 'new-area:tianfu',
      candidateLabels: ['Enterprise'],
      first: 50,
    });
  });

  it('refuses neither and both', () => {
    expect(refusal(() => parsePartnerArgs({ inArea: 'new-area:tianfu' }))).toEqual({
      message: 'give enterpriseId or industry',
      argument: 'enterpriseId',
    });
    expect(refusal(() => parsePartnerArgs({ enterpriseId: 'e', industry: 'i', inArea: 'new-area:tianfu' }))).toEqual({
      message: 'give enterpriseId or industry, not both',
      argument: 'industry',
    });
  });

  it.each([0, 2.5])('refuses first = %s', (first) => {
    expect(refusal(() => parsePartnerArgs({ enterpriseId: 'e', inArea: 'a', first })).argument).toBe('first');
  });

  it('refuses first over the maximum as too complex', () => {
    expect(refusal(() => parsePartnerArgs({ enterpriseId: 'e', inArea: 'a', first: MAX_FIRST + 1 }), 'QUERY_TOO_COMPLEX').argument).toBe('first');
  });
});
