import { describe, expect, it } from 'vitest';
import {
  CJK_STOP_WORDS,
  escapeLucene,
  MAX_LUCENE_TERMS,
  normalizeText,
  planSearch,
  tokenize,
} from '../../src/data/search-text.js';

describe('escapeLucene', () => {
  it.each([
    ['+', '\\+'],
    ['-', '\\-'],
    ['&&', '\\&\\&'],
    ['||', '\\|\\|'],
    ['!', '\\!'],
    ['(', '\\('],
    [')', '\\)'],
    ['{', '\\{'],
    ['}', '\\}'],
    ['[', '\\['],
    [']', '\\]'],
    ['^', '\\^'],
    ['"', '\\"'],
    ['~', '\\~'],
    ['*', '\\*'],
    ['?', '\\?'],
    [':', '\\:'],
    ['\\', '\\\\'],
    ['/', '\\/'],
  ])('escapes %s', (special, escaped) => {
    expect(escapeLucene(special)).toBe(escaped);
    expect(escapeLucene(`a${special}b`)).toBe(`a${escaped}b`);
  });

  it('escapes every special character of a hostile string', () => {
    expect(escapeLucene('") OR 1=1 //')).toBe('\\"\\) \\OR 1=1 \\/\\/');
    expect(escapeLucene('*:*')).toBe('\\*\\:\\*');
    expect(escapeLucene('name:expo^10 AND (a || b)')).toBe('name\\:expo\\^10 \\AND \\(a \\|\\| b\\)');
  });

  it('takes the operator meaning from the words AND, OR and NOT, only as whole words', () => {
    expect(escapeLucene('AND')).toBe('\\AND');
    expect(escapeLucene('a OR b')).toBe('a \\OR b');
    expect(escapeLucene('NOT x')).toBe('\\NOT x');
    expect(escapeLucene('港AND')).toBe('港\\AND');
    expect(escapeLucene('BRAND ORDER NOTE and or not')).toBe('BRAND ORDER NOTE and or not');
  });

  it('leaves letters, digits, Chinese and spaces alone', () => {
    expect(escapeLucene('重庆国际博览中心 Expo 2020')).toBe('重庆国际博览中心 Expo 2020');
  });
});

describe('tokenize', () => {
  it('splits Chinese runs from words of other scripts, lower-cased', () => {
    expect(tokenize('ZBJ 20城计划')).toEqual([
      { kind: 'word', text: 'zbj' },
      { kind: 'word', text: '20' },
      { kind: 'cjk', text: '城计划' },
    ]);
  });

  it('treats punctuation, Lucene syntax included, as a separator', () => {
    expect(tokenize('“一带一路”科技, expo-center; zbj.com')).toEqual([
      { kind: 'cjk', text: '一带一路' },
      { kind: 'cjk', text: '科技' },
      { kind: 'word', text: 'expo' },
      { kind: 'word', text: 'center' },
      { kind: 'word', text: 'zbj' },
      { kind: 'word', text: 'com' },
    ]);
    expect(tokenize('*:* \\ // ")')).toEqual([]);
  });

  it('normalises full-width letters and digits (NFKC)', () => {
    expect(normalizeText('  ＥＸＰＯ　２０２０  ')).toBe('EXPO 2020');
    expect(tokenize('ＥＸＰＯ')).toEqual([{ kind: 'word', text: 'expo' }]);
  });
});

describe('planSearch', () => {
  it('quotes a Chinese text of two or more characters, so it matches as a phrase, not by any bigram', () => {
    expect(planSearch('博览')).toEqual({ lucene: '"博览"' });
    expect(planSearch('国际博览中心')).toEqual({ lucene: '"国际博览中心"' });
  });

  it('ANDs separate Chinese runs', () => {
    expect(planSearch('重庆 博览')).toEqual({ lucene: '"重庆" AND "博览"' });
  });

  it('leaves a single Chinese character (no bigram) to the CONTAINS fallback', () => {
    expect(planSearch('港')).toEqual({ lucene: null });
    expect(planSearch(' 港 ')).toEqual({ lucene: null });
    expect(planSearch('港 区')).toEqual({ lucene: null });
  });

  it('drops a single character from the Lucene query but keeps it as a CONTAINS term', () => {
    expect(planSearch('港 保税')).toEqual({ lucene: '"保税"' });
  });

  it('matches English words whole or as a prefix, fuzzily from five letters, all of them', () => {
    expect(planSearch('expo')).toEqual({ lucene: '(expo OR expo*)' });
    expect(planSearch('Expo Centre').lucene).toBe('(expo OR expo*) AND (centre OR centre* OR centre~1)');
  });

  it('drops the analyzer’s stop words, which would otherwise be clauses that match nothing', () => {
    expect(planSearch('Belt and Road')).toEqual({
      lucene: '(belt OR belt*) AND (road OR road*)',
    });
    expect(planSearch('the and of')).toEqual({ lucene: null });
  });

  it('queries numbers and one-letter words exactly, and keeps one-letter words out of CONTAINS', () => {
    expect(planSearch('B 2020')).toEqual({ lucene: 'b AND 2020' });
  });

  it('lowers the operator words AND, OR, NOT to plain (stop) words', () => {
    expect(planSearch('expo AND OR NOT centre')).toEqual({
      lucene: '(expo OR expo*) AND (centre OR centre* OR centre~1)',
    });
  });

  it('keeps Lucene syntax out of the query: hostile text yields plain terms or nothing', () => {
    expect(planSearch('") OR 1=1 //')).toEqual({ lucene: '1' });
    expect(planSearch('*:*')).toEqual({ lucene: null });
    expect(planSearch('\\')).toEqual({ lucene: null });
    expect(planSearch('name:expo^10~ [a TO z]').lucene).toBe(
      '(name OR name*) AND (expo OR expo*) AND 10 AND z',
    );
  });

  it('dedupes terms and caps the Lucene query at MAX_LUCENE_TERMS clauses', () => {
    expect(planSearch('expo expo EXPO').lucene).toBe('(expo OR expo*)');
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(planSearch(words).lucene!.split(' AND ')).toHaveLength(MAX_LUCENE_TERMS);
  });

  it('knows the stop words of the cjk analyzer', () => {
    expect(CJK_STOP_WORDS.has('the')).toBe(true);
    expect(CJK_STOP_WORDS.has('expo')).toBe(false);
  });
});
