import { describe, expect, it } from 'vitest';
import { edgeId, mergeCitations, pathSentence, relationshipDetail, stepSentence, toPath } from '../../src/data/explore/sentences.js';

const citation = (paragraph: number, quote: string) => ({ source: 'liangjiang-tianfu-agreement', paragraph, quote });

function node(id: string, name: string, label: string) {
  return { id, name, nameEn: name, nameEnOfficial: false, labels: ['Entity', label], citationSources: [], citationParagraphs: [], citationQuotes: [] };
}

describe('relationshipDetail', () => {
  it('is the title of a position, marked 原 when former', () => {
    expect(relationshipDetail('HOLDS_POSITION', { title: '董事长' })).toBe('董事长');
    expect(relationshipDetail('HOLDS_POSITION', { title: '校长', former: true })).toBe('原校长');
  });

  it('is the qualifying property of the type, lists joined', () => {
    expect(relationshipDetail('SERVES', { role: '支撑' })).toBe('支撑');
    expect(relationshipDetail('EXPANDS_TO', { stage: 'PLANNED', scope: '在天府新区的布局规划' })).toBe('PLANNED');
    expect(relationshipDetail('CREDITED_ON', { roles: ['INTERVIEWER', 'MATERIALS'] })).toBe('INTERVIEWER,MATERIALS');
  });

  it('is null for a type without one, or when the property is absent', () => {
    expect(relationshipDetail('INTRODUCED_TO', { byPerson: 'person:liu-renyuan', words: '…' })).toBeNull();
    expect(relationshipDetail('SERVES', {})).toBeNull();
  });
});

describe('sentences', () => {
  it('write a step in walking order, the arrow from subject to object', () => {
    expect(stepSentence('朱明跃', 'HOLDS_POSITION', '董事长', 'FORWARD', '猪八戒网')).toBe('朱明跃 —HOLDS_POSITION(董事长)→ 猪八戒网');
    expect(stepSentence('猪八戒网', 'HOLDS_POSITION', '董事长', 'BACKWARD', '朱明跃')).toBe('猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃');
    expect(stepSentence('王麒', 'INTRODUCED_TO', null, 'FORWARD', '朱明跃')).toBe('王麒 —INTRODUCED_TO→ 朱明跃');
  });

  it('chain the steps of a path', () => {
    expect(
      pathSentence('猪八戒网', [
        { type: 'HOLDS_POSITION', detail: '董事长', direction: 'BACKWARD', to: '朱明跃' },
        { type: 'INTRODUCED_TO', detail: null, direction: 'BACKWARD', to: '王麒' },
      ]),
    ).toBe('猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒');
  });
});

describe('toPath', () => {
  it('turns nodes and relationships into steps with directions, details, citations and sentences', () => {
    const path = toPath(
      [node('enterprise:zhubajie', '猪八戒网', 'Enterprise'), node('person:zhu-mingyue', '朱明跃', 'Person'), node('person:wang-qi', '王麒', 'Person')],
      [
        {
          type: 'HOLDS_POSITION',
          source: 'person:zhu-mingyue',
          target: 'enterprise:zhubajie',
          properties: { title: '董事长', citationSources: ['liangjiang-tianfu-agreement'], citationParagraphs: [73], citationQuotes: ['猪八戒网董事长'] },
        },
        {
          type: 'INTRODUCED_TO',
          source: 'person:wang-qi',
          target: 'person:zhu-mingyue',
          properties: { byPerson: 'person:liu-renyuan', citationSources: [], citationParagraphs: [], citationQuotes: [] },
        },
      ],
    );
    expect(path.length).toBe(2);
    expect(path.sentence).toBe('猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒');
    const [first, second] = path.steps;
    expect(first).toMatchObject({
      type: 'HOLDS_POSITION',
      direction: 'BACKWARD',
      detail: '董事长',
      citations: [citation(73, '猪八戒网董事长')],
      sentence: '猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃',
      relationship: { type: 'HOLDS_POSITION', direction: 'INCOMING', title: '董事长', citations: [citation(73, '猪八戒网董事长')] },
    });
    expect(first!.from).toMatchObject({ id: 'enterprise:zhubajie', __typename: 'Enterprise' });
    expect(first!.to).toMatchObject({ id: 'person:zhu-mingyue', __typename: 'Person' });
    expect(second).toMatchObject({ direction: 'BACKWARD', detail: null, relationship: { direction: 'INCOMING', byPerson: 'person:liu-renyuan' } });
  });
});

describe('edgeId and mergeCitations', () => {
  it('names a relationship by its source, type and target', () => {
    expect(edgeId('person:wang-qi', 'HOLDS_POSITION', 'organization:tianfu-chamber-of-commerce')).toBe(
      'person:wang-qi-HOLDS_POSITION->organization:tianfu-chamber-of-commerce',
    );
  });

  it('keeps each citation once, in first-seen order', () => {
    expect(mergeCitations([[citation(74, 'a'), citation(27, 'b')], [citation(27, 'b'), citation(27, 'c')], []])).toEqual([
      citation(74, 'a'),
      citation(27, 'b'),
      citation(27, 'c'),
    ]);
  });
});
