import { describe, expect, it } from 'vitest';
import { nameKeysOf, nameKeysQuery, prepareQuery } from '../../src/data/name-matcher/index.js';
import { segmentPinyin } from '../../src/data/name-matcher/keys.js';

const expo = { name: '重庆国际博览中心', nameEn: 'Chongqing International Expo Center', aliases: ['重庆博览中心'], labels: ['Entity', 'Platform'] };
const keysOf = (entity: Parameters<typeof nameKeysOf>[0]) => nameKeysOf(entity).split(' ');
const query = (text: string, labels: string[] | null = null) => nameKeysQuery(prepareQuery(text), labels);

describe('name keys', () => {
  it('hold the characters and pairs of characters, their pinyin and initials, the words and the labels', () => {
    const keys = keysOf(expo);
    expect(keys).toEqual(expect.arrayContaining(['重', '博览', 'p_bo', 'p_bo_lan', 'p_zhong_qing', 'p_chong_qing', 'i_cq', 'i_zq', 'w_expo', 'l_platform']));
    expect(keys).toEqual(expect.arrayContaining(['n_重庆国际博览中心', 'h_重庆国际博览', 'n_重庆博览中心', 'n_chongqinginternationalexpocenter', 'h_chongqingint']));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[\p{Script=Han}a-z0-9_]+$/u.test(key))).toBe(true);
  });

  it.each([
    ['full-width brackets and traditional characters are folded', { name: '保稅物流中心（Ｂ型）', nameEn: null, aliases: null, labels: [] }, ['税', '保税', 'w_b', '型']],
    ['an entity without an English name or aliases', { name: '果园港', nameEn: null, aliases: null, labels: ['Platform'] }, ['果园', 'p_gang', 'n_果园港']],
    [
      'whole names, their variants and the heads of the long ones',
      { name: '重庆两江新区管理委员会', nameEn: 'Expo', aliases: null, labels: [] },
      ['n_重庆两江新区管理委员会', 'h_重庆两江新区', 'n_两江新区管委会', 'n_两江新区管理委员会', 'h_两江新区管委', 'n_expo'],
    ],
  ])('%s', (_, entity, expected) => {
    expect(keysOf(entity)).toEqual(expect.arrayContaining(expected));
  });
});

describe('name keys queries', () => {
  it.each([
    ['科技', '(科 科技^2 技)'],
    ['港', '(港)'],
    ['zbj', '(w_zbj^2 w_zbj* w_*zbj* i_zb^2 i_bj^2)'],
    ['zhu ba jie', '(w_zhu^2 w_zhu* w_*zhu* w_ba^2 w_ba* w_jie^2 w_jie* w_*jie* p_zhu p_zhu_ba^2 p_ba p_ba_jie^2 p_jie)'],
    ['expo centre', '(w_expo^2 w_expo* w_*expo* w_expo~1 w_centre^2 w_centre* w_*centre* w_centre~1)'],
  ])('%s → %s', (text, expected) => {
    expect(query(text)).toBe(expected);
  });

  it('requires one of the labels asked for', () => {
    expect(query('港', ['Platform', 'NewArea'])).toBe('+(l_platform l_newarea) +(港)');
  });

  it.each([
    ['Lucene syntax', 'a:b OR c* AND "d" (e) [f TO g] {h} ~i ^j \\k /l/ !m -n +o && p || q'],
    ['emoji and NUL', '🙂\u0000港🙂'],
    ['200 characters', '港'.repeat(100) + 'ab '.repeat(33)],
  ])('%s become plain keys: letters, digits and CJK, with only the query syntax the planner adds', (_, text) => {
    const lucene = query(text);
    expect(lucene).not.toBeNull();
    const terms = lucene!.replace(/^\(|\)$/g, '').split(' ');
    for (const term of terms) expect(term).toMatch(/^(w_\*)?[\p{Script=Han}a-z0-9_]+(\*|~[12])?(\^2)?$/u);
    expect(terms.length).toBeLessThanOrEqual(96);
  });

  it('is null for a text without letters, digits or CJK', () => {
    expect(query('🙂 !?')).toBeNull();
  });

  it('splits pinyin into syllables, the last one maybe unfinished', () => {
    expect(segmentPinyin('zhubajie')).toEqual({ syllables: ['zhu', 'ba', 'jie'], rest: '' });
    expect(segmentPinyin('liangjiangx')).toEqual({ syllables: ['liang', 'jiang'], rest: 'x' });
    expect(segmentPinyin('xyz')).toBeNull();
  });
});

describe('pinyin of any length', () => {
  // Trying every split of xian (xian, xi an, xia n) would not end before the test times out.
  it('splits 200 letters that branch at every syllable and fail only at the end', () => {
    expect(segmentPinyin(`${'xian'.repeat(49)}qqq`)).toBeNull();
    expect(segmentPinyin('xian'.repeat(50))?.syllables).toHaveLength(50);
  });
});
