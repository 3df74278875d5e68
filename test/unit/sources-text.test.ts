import { describe, expect, it } from 'vitest';
import { checkSourceText, decodeUtf8, MAX_SOURCE_BYTES, sourceIdOf, splitParagraphs } from '../../src/sources/text.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
};

describe('splitParagraphs', () => {
  it.each([
    ['one line per paragraph without blank lines', '第一段。\n第二段。\n\n', ['第一段。', '第二段。']],
    ['blocks between blank lines, Chinese lines joined without a space', '第一段\n接着写。\n\n第二段。', ['第一段接着写。', '第二段。']],
    ['English lines joined with a space', 'The first\nparagraph.\n\nThe second.', ['The first paragraph.', 'The second.']],
    ['a numbered copy keeps its text, not its numbers', '[P1] 标题\n\n[P2] 正文。', ['标题', '正文。']],
    ['Windows line ends and full-width spaces', '甲。\r\n\u3000\r\n乙。', ['甲。', '乙。']],
  ])('%s', (_what, text, paragraphs) => {
    expect(splitParagraphs(text)).toEqual(paragraphs);
  });
});

describe('checkSourceText', () => {
  it('hashes the paragraphs, so the same text with other line breaks is the same source', () => {
    const a = checkSourceText('甲。\n乙。', 'text');
    const b = checkSourceText('\uFEFF甲。\r\n\r\n乙。\n', 'text');
    expect(a.contentHash).toBe(b.contentHash);
    expect(sourceIdOf(a.contentHash)).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(checkSourceText('甲。\n丙。', 'text').contentHash).not.toBe(a.contentHash);
  });

  it.each([
    ['empty', ' \n\n\t'],
    ['binary', 'PK\u0003\u0004 archive'],
    ['a lone surrogate', 'abc\uD800def'],
    ['over the size limit', 'a'.repeat(MAX_SOURCE_BYTES + 1)],
  ])('refuses a text that is %s with BAD_USER_INPUT', (_what, text) => {
    expect(codeOf(() => checkSourceText(text, 'input.text'))).toBe('BAD_USER_INPUT');
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and refuses other encodings', () => {
    expect(decodeUtf8(Buffer.from('两江新区', 'utf8'))).toBe('两江新区');
    const gbk = Uint8Array.from([0xc1, 0xbd, 0xbd, 0xad]); // 两江 in GBK
    expect(codeOf(() => decodeUtf8(gbk))).toBe('BAD_USER_INPUT');
  });
});
