import { describe, expect, it } from 'vitest';
import { findMentions, foldText, matchName, NameIndex, prepareName, prepareQuery } from '../../src/data/name-matcher/index.js';
import { isHan } from '../../src/data/name-matcher/fold.js';
import { editDistance, mayMatch, subsequenceAlignment } from '../../src/data/name-matcher/match.js';
import { romanize } from '../../src/data/name-matcher/pinyin.js';
import { variantsOf } from '../../src/data/name-matcher/variants.js';

const match = (query: string, name: string) => matchName(prepareQuery(query), prepareName(name));

describe('foldText', () => {
  it('folds width, case, traditional characters and punctuation, and keeps where each character came from', () => {
    const folded = foldText('保税物流中心（Ｂ型）');
    expect(folded.chars.join('')).toBe('保税物流中心b型');
    expect(folded.origin.slice(-2)).toEqual([7, 8]);
    expect(foldText('兩江新區').chars.join('')).toBe('两江新区');
    expect(foldText('Expo  Centre').words).toEqual([{ start: 0, length: 4 }, { start: 4, length: 6 }]);
  });
});

describe('romanize', () => {
  it.each([
    ['zhūbājiè', 'zhubajie'],
    ['zhu ba jie', 'zhubajie'],
    ['liang3 jiang1', 'liangjiang'],
    ['Qi Xiannü', 'qixiannv'],
    ['xi’an', 'xian'],
    ['重庆', null],
    ['expo 2', null],
  ])('%j → %j', (text, expected) => {
    expect(romanize(text)).toBe(expected);
  });
});

describe('variantsOf', () => {
  it('swaps short and long words both ways and drops a place prefix', () => {
    expect(variantsOf('猪八戒网络')).toContain('猪八戒网');
    expect(variantsOf('两江管委会')).toContain('两江管理委员会');
    expect(variantsOf('重庆两江新区')).toContain('两江新区');
    expect(variantsOf('四川天府新区党工委')).toContain('天府新区党工委');
    expect(variantsOf('重庆')).toEqual([]);
  });
});

describe('matchName', () => {
  it.each([
    ['两江新区', '两江新区', 'EXACT', [[0, 4]]],
    ['兩江新區', '两江新区', 'EXACT', [[0, 4]]],
    ['港', '果园港', 'SUBSTRING', [[2, 3]]],
    ['重庆博览中心', '重庆国际博览中心', 'ABBREVIATION', [[0, 2], [4, 8]]],
    ['天府商会', '天府新区商会', 'ABBREVIATION', [[0, 2], [4, 6]]],
    ['猪八戒网络', '猪八戒网', 'VARIANT', [[0, 4]]],
    ['重庆市两江新区', '两江新区', 'VARIANT', [[0, 4]]],
    ['zhubajie', '猪八戒网', 'PINYIN', [[0, 3]]],
    ['liǎng jiāng', '两江新区', 'PINYIN', [[0, 2]]],
    ['zhongqing', '重庆', 'PINYIN', [[0, 2]]], // 重 read zhong: every reading counts
    ['zbj', '猪八戒网', 'INITIALS', [[0, 3]]],
    ['ljxq', '两江新区', 'INITIALS', [[0, 4]]],
    ['chongqing expo', 'Chongqing International Expo Center', 'WORDS', [[0, 9], [24, 28]]],
    ['expo centre', 'Chongqing International Expo Center', 'FUZZY', [[24, 28], [29, 35]]],
    ['Tianfou', 'Tianfu New Area', 'FUZZY', [[0, 6]]],
    ['西部博览会城', '天府新区西部国际博览城', 'PARTIAL', [[4, 6], [8, 11]]],
  ] as const)('%j against %j: %s', (query, name, kind, ranges) => {
    expect(match(query, name)).toMatchObject({ kind, ranges });
  });

  it('gives nothing for texts sharing fewer than two characters in order, or only letters', () => {
    expect(match('港口', '果园港')).toBeNull();
    expect(match('xyz', '两江新区')).toBeNull();
    expect(match('or', 'Tianfu International Conference Center')).toBeNull();
  });

  it('ranks as written above a short form, a short form above a partial match', () => {
    const substring = match('博览中心', '重庆国际博览中心')!.score;
    const abbreviation = match('重庆博览中心', '重庆国际博览中心')!.score;
    const partial = match('重庆博览会中心', '重庆国际博览中心')!.score;
    expect(substring).toBeGreaterThan(abbreviation);
    expect(abbreviation).toBeGreaterThan(partial);
    expect(match('两江新区', '两江新区')!.score).toBe(1);
  });

  it('prefers the alignment with the fewest runs', () => {
    expect(subsequenceAlignment([...'博览中心'], [...'博X博览中心'])).toEqual([2, 3, 4, 5]);
    expect(subsequenceAlignment([...'心中'], [...'中心'])).toBeNull();
  });

  it('bounds edit distances and counts a swap of neighbours as one edit', () => {
    expect(editDistance('centre', 'center', 1)).toBe(1);
    expect(editDistance('tianfou', 'tianfu', 1)).toBe(1);
    expect(editDistance('expo', 'import', 1)).toBe(2);
  });
});

describe('shortcuts of the matcher', () => {
  const codePoints = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String.fromCodePoint(from + i)).filter((c) => !/\p{Cs}/u.test(c));

  it('tells Chinese characters apart as the Unicode script property does', () => {
    const disagree = codePoints(0, 0x10000).filter((c) => isHan(c) !== /\p{Script=Han}/u.test(c));
    expect(disagree).toEqual([]);
  });

  it('folds no character below U+2E80 into a Chinese one, so mayMatch may skip names without one', () => {
    const folding = codePoints(0, 0x2e80).filter((c) => foldText(c).chars.some(isHan));
    expect(folding).toEqual([]);
  });

  it('skips a name only when the query of Chinese characters cannot match it', () => {
    const query = prepareQuery('两江新区');
    for (const name of ['Liangjiang New Area', 'Chongqing (B) 2020', '兩江新區', '㈱两江', 'Liangjiang 两江']) {
      expect(mayMatch(query, name) || matchName(query, prepareName(name)) === null).toBe(true);
    }
    expect(mayMatch(query, 'Liangjiang New Area')).toBe(false);
    expect(mayMatch(query, '兩江新區')).toBe(true);
    expect(mayMatch(prepareQuery('liangjiang'), '两江新区')).toBe(true);
    expect(mayMatch(prepareQuery('两江 expo'), 'Expo Center')).toBe(true);
  });

  it('finds no alignment without a subsequence, whatever the lengths', () => {
    expect(subsequenceAlignment([...'两江'], [...'江两江'])).toEqual([1, 2]);
    expect(subsequenceAlignment([...'两江两'], [...'江两江'])).toBeNull();
    expect(subsequenceAlignment([...'两江新区'], [...'两江'])).toBeNull();
  });

  it('measures edit distances as the full matrix would, within the bound', () => {
    expect(editDistance('', 'abc', 3)).toBe(3);
    expect(editDistance('abcd', 'acbd', 2)).toBe(1);
    expect(editDistance('technology', 'tecnology', 2)).toBe(1);
    expect(editDistance('chengdu', 'chongqing', 2)).toBe(3);
  });
});

describe('NameIndex', () => {
  const entities = [
    { id: 'a', name: '两江新区', nameEn: 'Liangjiang New Area', aliases: ['重庆两江新区'], labels: ['Entity', 'NewArea'] },
    { id: 'b', name: '天府新区成都党工委', nameEn: 'Chengdu Party Working Committee of Tianfu New Area', aliases: ['党工委'], labels: ['Entity', 'Organization'] },
    { id: 'c', name: '成都科学城', nameEn: 'Chengdu Science City', aliases: [], labels: ['Entity', 'Platform'] },
    { id: 'd', name: '天府新区', nameEn: 'Tianfu New Area', aliases: ['四川天府新区'], labels: ['Entity', 'NewArea'] },
  ];

  it('finds by name, alias, pinyin and labels, best first', () => {
    const index = new NameIndex(entities);
    expect(index.find('ljxq', { limit: 3 }).map((m) => m.entity.id)).toEqual(['a']);
    expect(index.find('新区', { limit: 5, labels: ['NewArea'] }).map((m) => m.entity.id)).toEqual(['a', 'd']);
    expect(index.find('新区', { limit: 5, labels: ['Platform'] })).toEqual([]);
    expect(index.find('成都 科学', { limit: 1 })[0]).toMatchObject({ entity: { id: 'c' }, field: 'NAME' });
  });

  it('takes writes: an upsert replaces the names, a remove drops them', () => {
    const index = new NameIndex(entities);
    index.upsert({ ...entities[2]!, name: '西部科学城', aliases: ['西部(成都)科学城'] });
    expect(index.find('成都科学城', { limit: 1 })[0]).toMatchObject({ entity: { id: 'c' }, kind: 'SUBSTRING', text: '西部(成都)科学城', ranges: [[3, 5], [6, 9]] }); // the bracket is not marked
    expect(index.find('西部科学城', { limit: 1 })[0]).toMatchObject({ entity: { id: 'c' }, kind: 'EXACT' });
    index.remove('c');
    expect(index.find('科学城', { limit: 5 })).toEqual([]);
    expect(index.size).toBe(3);
  });

  it('finds a short form among thousands of names sharing its common characters, and the pinyin of a name built after', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, name: `重庆${i}号中心有限公司`, nameEn: '', aliases: [], labels: ['Entity', 'Enterprise'] }));
    const index = new NameIndex([...many, { id: 'expo', name: '重庆国际博览中心', nameEn: '', aliases: [], labels: ['Entity', 'Platform'] }, ...entities]);
    const shortForm = { limit: 3, exclude: ['PARTIAL', 'FUZZY', 'PINYIN', 'INITIALS'] as const };
    expect(index.find('重庆博览中心', { ...shortForm, exclude: [...shortForm.exclude] })[0]).toMatchObject({ entity: { id: 'expo' }, kind: 'ABBREVIATION' });
    // A variant (the place prefix dropped) is matched too; a span no name holds every character of matches nothing.
    expect(index.find('重庆天府新区', { ...shortForm, exclude: [...shortForm.exclude] })[0]).toMatchObject({ entity: { id: 'd' }, kind: 'VARIANT', field: 'NAME' });
    expect(index.find('博览新区', { ...shortForm, exclude: [...shortForm.exclude] })).toEqual([]);
    expect(findMentions(index, '重庆博览中心举办展会。').map((m) => [m.text, m.matches[0]!.entity.id])).toEqual([['重庆博览中心', 'expo']]);
    index.upsert({ id: 'zbj', name: '猪八戒网', nameEn: '', aliases: [], labels: ['Entity', 'Enterprise'] });
    expect(index.find('zbj', { limit: 1 })[0]).toMatchObject({ entity: { id: 'zbj' }, kind: 'INITIALS' });
    index.upsert({ id: 'ljc', name: '礼嘉智慧公园', nameEn: '', aliases: [], labels: ['Entity', 'Platform'] });
    expect(index.find('lijia', { limit: 1 })[0]).toMatchObject({ entity: { id: 'ljc' } });
  });

  it('finds the names in a paragraph, short forms included', () => {
    const index = new NameIndex(entities);
    const text = '重庆两江新区与四川天府新区党工委共建西部(成都)科学城。';
    expect(findMentions(index, text).map((m) => [m.text, m.matches[0]!.entity.id, text.slice(m.start, m.end)])).toEqual([
      ['重庆两江新区', 'a', '重庆两江新区'],
      ['四川天府新区党工委', 'b', '四川天府新区党工委'],
      ['西部(成都)科学城', 'c', '西部(成都)科学城'],
    ]);
  });
});

describe('docs/search.md', () => {
  it('links the mention of its example', () => {
    const index = new NameIndex([
      { id: 'organization:tianfu-chengdu-party-working-committee', name: '天府新区成都党工委', nameEn: '', aliases: ['党工委'], labels: [] },
    ]);
    expect(findMentions(index, '四川天府新区党工委书记').map((m) => [m.text, m.matches[0]!.entity.id, m.matches[0]!.kind])).toEqual([
      ['四川天府新区党工委', 'organization:tianfu-chengdu-party-working-committee', 'ABBREVIATION'],
    ]);
  });
});
