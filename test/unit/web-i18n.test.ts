import { describe, expect, it } from 'vitest';
import { detailText, quoted, summaryIn } from '../../web/src/lib/i18n.js';

describe('the source’s words in English', () => {
  it.each([
    ['董事长', '“董事长”'],
    ['两个“车轮”,要起到龙头带动作用', '“两个‘车轮’,要起到龙头带动作用”'],
  ])('quotes %s as %s', (text, expected) => {
    expect(quoted(text)).toBe(expected);
  });

  it('a qualifier in the source’s words is quoted in English only', () => {
    expect(detailText('HOLDS_POSITION', '会长', 'en')).toBe('“会长”');
    expect(detailText('HOLDS_POSITION', '会长', 'zh')).toBe('会长');
  });

  it('the summary in English is the English one, never the Chinese', () => {
    const entity = { summary: '会展平台。', summaryEn: 'An exhibition platform.' };
    expect(summaryIn(entity, 'zh')).toBe('会展平台。');
    expect(summaryIn(entity, 'en')).toBe('An exhibition platform.');
    expect(summaryIn({ summary: '会展平台。', summaryEn: null }, 'en')).toBeNull();
  });
});
