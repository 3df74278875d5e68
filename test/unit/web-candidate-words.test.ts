import { describe, expect, it } from 'vitest';
import { candidateInWords, propertiesInWords, RELATIONSHIP_PROPERTY_KEYS, RULE_LABELS, ruleLabel } from '../../web/src/lib/candidate-words.js';
import { PROPERTY_LABELS } from '../../web/src/lib/vocabulary.js';
import fs from 'node:fs';

describe('fact candidates in words', () => {
  it.each([
    [{ kind: 'RELATIONSHIP' as const, fromName: '李毅', relationshipType: 'HOLDS_POSITION', toName: '两江产业集团' }, 'zh', '李毅 —任职→ 两江产业集团'],
    [{ kind: 'RELATIONSHIP' as const, fromName: '李毅', relationshipType: 'HOLDS_POSITION', toName: '两江产业集团' }, 'en', '李毅 —holds position→ 两江产业集团'],
    [{ kind: 'ENTITY' as const, label: 'Event', name: '第三次联席会议', nameEn: 'Disanci Lianxi Huiyi' }, 'zh', '活动「第三次联席会议」'],
    [{ kind: 'ENTITY' as const, label: 'Event', name: '第三次联席会议', nameEn: 'Disanci Lianxi Huiyi' }, 'en', 'Event「Disanci Lianxi Huiyi」'],
  ] as const)('%o in %s', (candidate, lang, words) => {
    expect(candidateInWords(candidate, lang)).toBe(words);
  });

  it('translates property keys and coded values; quotes the source’s own words in English', () => {
    expect(propertiesInWords('{"title":"董事长","former":true}', 'zh')).toEqual([
      ['标题/职务', '董事长'],
      ['原任', '是'],
    ]);
    expect(propertiesInWords('{"title":"董事长","role":"PARTNER","basis":"STATED"}', 'en')).toEqual([
      ['title', '“董事长”'],
      ['role', 'partner'],
      ['basis', 'stated'],
    ]);
    expect(propertiesInWords('not json', 'en')).toEqual([]);
  });

  it('names every cue rule of src/sources/rules.ts in both languages, and no unknown rule by its code', () => {
    const rules = [...fs.readFileSync('src/sources/rules.ts', 'utf8').matchAll(/rule: '([A-Z_]+)'/g)].map((m) => m[1]!);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) expect(Object.keys(RULE_LABELS)).toContain(rule);
    expect(ruleLabel('SOME_NEW_RULE', 'en')).toBe('a cue in the text');
  });

  it('offers every relationship property the API takes, each with a label', () => {
    const schema = fs.readFileSync('schema/editing.graphql', 'utf8');
    const block = /input RelationshipPropertiesInput \{([\s\S]*?)\n\}/.exec(schema)![1]!;
    const fields = [...block.matchAll(/^\s+(\w+):/gm)].map((m) => m[1]!);
    expect([...RELATIONSHIP_PROPERTY_KEYS].sort()).toEqual(fields.sort());
    for (const key of RELATIONSHIP_PROPERTY_KEYS) expect(PROPERTY_LABELS[key]).toBeDefined();
  });
});
