import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  bestNameMatch,
  MAX_FIRST,
  MAX_TEXT_LENGTH,
  nameMatchScore,
  parseSearchArgs,
  planSearch,
  rankCandidates,
  type SearchCandidate,
} from '../../src/data/search.js';
import type { EntityRow } from '../../src/model/rows.generated.js';

function entity(id: string, name: string, nameEn: string, aliases: string[] = []): EntityRow {
  return { id, labels: ['Entity', 'Platform'], name, nameEn, nameEnOfficial: false, aliases, summary: null, citations: [], sourceNotes: [] };
}

describe('nameMatchScore', () => {
  it('is 1 for an equal name and 0 when the name does not hold the text', () => {
    expect(nameMatchScore('保税港', '保税港')).toBe(1);
    expect(nameMatchScore('保税港', '果园')).toBe(0);
    expect(nameMatchScore('保税港', '')).toBe(0);
  });

  it('ranks a Chinese text at the end or start of a name above one inside it, and shorter names first', () => {
    const port = nameMatchScore('果园港', '港');
    const portArea = nameMatchScore('保税港区', '港');
    const inside = nameMatchScore('保税港区物流', '港');
    expect(port).toBeCloseTo(0.7);
    expect(port).toBeGreaterThan(portArea);
    expect(portArea).toBeGreaterThan(inside);
    expect(nameMatchScore('重庆国际博览中心', '重庆')).toBeGreaterThan(nameMatchScore('西部国际博览城区', '博览'));
  });

  it('ranks an English whole word above a part of a word', () => {
    expect(nameMatchScore('chongqing international expo center', 'expo')).toBeGreaterThan(
      nameMatchScore('chongqing international exposition', 'expo'),
    );
    expect(nameMatchScore('chongqing international expo center', 'expo')).toBeCloseTo(0.6 + (0.3 * 4) / 35);
  });
});

describe('bestNameMatch', () => {
  const zbj = entity('enterprise:zhubajie', '猪八戒网', 'Zhubajie (ZBJ.com)', ['猪八戒', 'ZBJ', 'ZBJ.com', 'Zhubajie']);

  it('finds the name, English name or alias that holds the text, case-insensitively', () => {
    expect(bestNameMatch(zbj, planSearch('猪八戒网'))).toEqual({ field: 'NAME', text: '猪八戒网', score: 1 });
    expect(bestNameMatch(zbj, planSearch('zbj'))).toEqual({ field: 'ALIAS', text: 'ZBJ', score: 0.85 });
    expect(bestNameMatch(zbj, planSearch('zhubajie (zbj.com)'))).toEqual({ field: 'NAME_EN', text: 'Zhubajie (ZBJ.com)', score: 1 });
  });

  it('weighs an alias a little less than a name', () => {
    const a = bestNameMatch(entity('a', '果园港', 'Guoyuan Port'), planSearch('果园港'));
    const b = bestNameMatch(entity('b', '另一个', 'Other', ['果园港']), planSearch('果园港'));
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('accepts all terms in one name when the whole text is not in any', () => {
    const expo = entity('p', '重庆国际博览中心', 'Chongqing International Expo Center');
    expect(bestNameMatch(expo, planSearch('博览 重庆'))).toMatchObject({ field: 'NAME', text: '重庆国际博览中心' });
    expect(bestNameMatch(expo, planSearch('center expo'))).toMatchObject({ field: 'NAME_EN' });
    expect(bestNameMatch(expo, planSearch('博览 上海'))).toEqual({ field: 'FULL_TEXT', text: null, score: 0 });
  });
});

describe('rankCandidates', () => {
  const guoyuan = entity('platform:guoyuan-port', '果园港', 'Guoyuan Port');
  const bonded = entity('platform:bonded-port', '保税港', 'Bonded Port');
  const bondedArea = entity('platform:bonded-port-area', '保税港区', 'Bonded Port Area');
  const summaryOnly = entity('task:2020-04', '开放协同', 'Opening-up coordination');

  it('puts name matches above full-text-only hits, then orders by score, name and id', () => {
    const candidates: SearchCandidate[] = [
      { entity: summaryOnly, fulltextScore: 5 },
      { entity: bondedArea, fulltextScore: null },
      { entity: guoyuan, fulltextScore: null },
      { entity: bonded, fulltextScore: null },
    ];
    const hits = rankCandidates(candidates, planSearch('港'), 10);
    expect(hits.map((h) => [h.entity.id, h.score, h.matchedOn])).toEqual([
      ['platform:bonded-port', 2.1, 'NAME'],
      ['platform:guoyuan-port', 2.1, 'NAME'],
      ['platform:bonded-port-area', 1.725, 'NAME'],
      ['task:2020-04', 1, 'FULL_TEXT'],
    ]);
  });

  it('merges the two branches by id, keeping the full-text score', () => {
    const hits = rankCandidates(
      [
        { entity: guoyuan, fulltextScore: null },
        { entity: guoyuan, fulltextScore: 2 },
        { entity: bonded, fulltextScore: 4 },
      ],
      planSearch('港口'),
      10,
    );
    expect(hits.map((h) => [h.entity.id, h.score, h.matchedOn, h.matchedText])).toEqual([
      ['platform:bonded-port', 1, 'FULL_TEXT', null],
      ['platform:guoyuan-port', 0.5, 'FULL_TEXT', null],
    ]);
  });

  it('keeps the first hits only', () => {
    const hits = rankCandidates(
      [guoyuan, bonded, bondedArea].map((e) => ({ entity: e, fulltextScore: null })),
      planSearch('港'),
      2,
    );
    expect(hits.map((h) => h.entity.id)).toEqual(['platform:bonded-port', 'platform:guoyuan-port']);
  });

  it('returns nothing for no candidates', () => {
    expect(rankCandidates([], planSearch('港'), 10)).toEqual([]);
  });
});

describe('parseSearchArgs', () => {
  function rejection(args: Parameters<typeof parseSearchArgs>[0]): { message: string; extensions: unknown } {
    try {
      parseSearchArgs(args);
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      const e = error as GraphQLError;
      return { message: e.message, extensions: e.extensions };
    }
    throw new Error('expected a BAD_USER_INPUT error');
  }

  it('normalises the text and maps entity types to labels', () => {
    expect(parseSearchArgs({ text: '  博览 ', types: ['PLATFORM', 'COOPERATION_AREA', 'NEW_AREA'], first: 3 })).toEqual({
      text: '博览',
      labels: ['Platform', 'CooperationArea', 'NewArea'],
      first: 3,
    });
  });

  it('searches every type when types is absent or empty, and returns 10 by default', () => {
    expect(parseSearchArgs({ text: 'expo' })).toEqual({ text: 'expo', labels: null, first: 10 });
    expect(parseSearchArgs({ text: 'expo', types: [], first: null })).toEqual({ text: 'expo', labels: null, first: 10 });
  });

  it.each([
    [{ text: '' }, 'text', 'text must not be empty'],
    [{ text: ' \t\n ' }, 'text', 'text must not be empty'],
    [{ text: '港'.repeat(MAX_TEXT_LENGTH + 1) }, 'text', `text must be at most ${MAX_TEXT_LENGTH} characters`],
    [{ text: 'expo', first: 0 }, 'first', `first must be between 1 and ${MAX_FIRST}, got 0`],
    [{ text: 'expo', first: -1 }, 'first', `first must be between 1 and ${MAX_FIRST}, got -1`],
  ])('refuses %j with BAD_USER_INPUT naming %s', (args, argument, message) => {
    expect(rejection(args)).toEqual({ message, extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it('refuses more results than the maximum with QUERY_TOO_COMPLEX naming the limit', () => {
    expect(rejection({ text: 'expo', first: MAX_FIRST + 1 })).toEqual({
      message: `first must be between 1 and ${MAX_FIRST}, got ${MAX_FIRST + 1}`,
      extensions: { code: 'QUERY_TOO_COMPLEX', argument: 'first', limit: 'maxResults', maximum: MAX_FIRST, http: { status: 400 } },
    });
  });

  it('accepts the limits themselves', () => {
    expect(parseSearchArgs({ text: '港'.repeat(MAX_TEXT_LENGTH), first: MAX_FIRST }).first).toBe(MAX_FIRST);
    expect(parseSearchArgs({ text: 'x', first: 1 }).first).toBe(1);
  });
});
