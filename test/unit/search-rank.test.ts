import { describe, expect, it } from 'vitest';
import { NameIndex, prepareQuery } from '../../src/data/name-matcher/index.js';
import { rankHits, snippetOf } from '../../src/data/search-rank.js';

const expo = { id: 'p:expo', name: '重庆国际博览中心', nameEn: 'Chongqing International Expo Center', aliases: [], labels: ['Entity', 'Platform'] };
const task = { id: 't:3', name: '会展协同', nameEn: 'Exhibition coordination', aliases: [], labels: ['Entity', 'Task'] };

describe('rankHits', () => {
  it('puts a name match above a summary hit, and says how each matched', () => {
    const names = new NameIndex([expo, task]).find('重庆博览中心', { limit: 10 });
    const hits = rankHits('重庆博览中心', names, [{ entity: task, score: 2 }], 10);
    expect(hits.map((h) => [h.entity.id, h.matchedOn, h.matchedText, h.matchedRanges])).toEqual([
      ['p:expo', 'ABBREVIATION', '重庆国际博览中心', [[0, 2], [4, 8]]],
      ['t:3', 'FULL_TEXT', null, []],
    ]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[1]!.score).toBe(1);
  });

  it('adds the full-text score to a name match and keeps the first', () => {
    const names = new NameIndex([expo, task]).find('博览', { limit: 10 });
    const alone = rankHits('博览', names, [], 10)[0]!.score;
    const both = rankHits('博览', names, [{ entity: expo, score: 3 }], 10)[0]!.score;
    expect(both).toBeCloseTo(alone + 1, 4);
    expect(rankHits('博览', names, [{ entity: task, score: 1 }], 1)).toHaveLength(1);
  });
});

describe('snippetOf', () => {
  it('cuts the summary around the first word of the query and marks the words', () => {
    const summary = `${'甲'.repeat(40)}两地共同推进会展协同发展，会展业合作${'乙'.repeat(80)}`;
    const snippet = snippetOf(summary, prepareQuery('会展'))!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.ranges.map(([a, b]) => snippet.text.slice(a, b))).toEqual(['会展', '会展']);
  });

  it('finds English words whatever their case, and nothing when none is there', () => {
    const snippet = snippetOf('The Expo centre opened.', prepareQuery('expo'))!;
    expect(snippet).toEqual({ text: 'The Expo centre opened.', ranges: [[4, 8]] });
    expect(snippetOf('无关的文字', prepareQuery('博览'))).toBeNull();
  });
});
