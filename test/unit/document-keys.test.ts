import { describe, expect, it } from 'vitest';
import { shortFormQueries, writtenNameQueries } from '../../src/data/name-matcher/index.js';

const terms = (queries: string[]) => queries.flatMap((q) => q.split(' '));
/** Entities named so, as the first read returns them. */
const named = (...names: string[]) => names.map((name) => ({ id: name, name, nameEn: '', aliases: [], labels: [] }));

describe('the names written in a document', () => {
  it('are looked up by the whole-name keys of two to six characters from each position, and the heads of longer names', () => {
    const found = terms(writtenNameQueries(['两江新区与天府新区签署协议。']));
    expect(found).toEqual(expect.arrayContaining(['n_两江', 'n_两江新区', 'n_两江新区与天', 'h_两江新区与天', 'n_协议']));
    // No key is a pair or character alone (those most names share), and each appears once.
    expect(found.every((t) => /^[nh]_/.test(t))).toBe(true);
    expect(new Set(found).size).toBe(found.length);
    expect(found).not.toContain('h_新区签署协议'); // six characters to the end: no longer name starts there
  });

  it('fold the text and escape what Lucene would read as syntax', () => {
    const found = terms(writtenNameQueries(['Expo（重庆）', '🙂']));
    expect(found).toEqual(expect.arrayContaining(['n_ex', 'n_expo重庆', 'n_重庆']));
    // A Latin name starts where a word does.
    expect(found).not.toContain('n_xp');
    expect(found.every((t) => /^[nh]_[\p{L}\p{N}]+$/u.test(t))).toBe(true);
  });

  it('stay below Lucene clause limit per query', () => {
    const text = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const queries = writtenNameQueries([text]);
    expect(terms(queries)).toHaveLength(595 * 5 + 4 + 3 + 2 + 1 + 594);
    expect(queries.length).toBeGreaterThan(1);
    for (const q of queries) expect(q.split(' ').length).toBeLessThanOrEqual(1000);
  });
});

describe('the heads of long names', () => {
  it('are six Chinese characters, or twelve letters for a name starting with one', () => {
    const found = terms(writtenNameQueries(['Chongqing International Expo Center']));
    expect(found).toEqual(expect.arrayContaining(['n_chongqingin', 'h_chongqingint', 'h_internationa']));
    expect(found).not.toContain('h_chongq');
  });
});

describe('the short forms of a document', () => {
  it('grow a name written into the names holding all its pairs and one pair around it', () => {
    const { grown } = shortFormQueries(['四川天府新区党工委书记'], named('天府新区', '四川'));
    expect(grown).toHaveLength(2);
    const tianfu = grown.find((q) => q.startsWith('+天府'))!;
    expect(tianfu).toMatch(/^\+天府 \+府新 \+新区 \+\(/);
    for (const pair of ['川天', '区党', '党工', '工委', '委书']) expect(tianfu).toContain(pair);
    // A pair of the name itself is required, not one of those around it.
    expect(tianfu.slice(tianfu.indexOf('('))).not.toContain('府新');
  });

  it('look up the pairs of the text left over, and those across two names, but not those inside a name written', () => {
    const { pairs } = shortFormQueries(['两江新区天府新区召开联席会议'], named('两江新区', '天府新区', '新区'));
    expect(pairs).toEqual(expect.arrayContaining(['区天', '区召', '召开', '联席', '会议']));
    expect(pairs).not.toContain('两江');
    expect(pairs).not.toContain('天府');
  });

  it('take the longest name written at each position, as mention linking does: a name inside it grows nothing', () => {
    const { grown } = shortFormQueries(['渝海丰新材料有限公司落户果园港'], named('渝海丰新材料有限公司', '新材料', '果园港'));
    expect(grown.some((q) => q.startsWith('+新材 +材料 +('))).toBe(false);
    expect(grown.some((q) => q.startsWith('+果园 +园港'))).toBe(true);
  });

  it('pass over names not written in the text', () => {
    expect(shortFormQueries(['重庆'], named('天府新区'))).toEqual({ grown: [], pairs: ['重庆'] });
  });
});
