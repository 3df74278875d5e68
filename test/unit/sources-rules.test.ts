import { describe, expect, it } from 'vitest';
import { type LinkedMention, pinyinName, proposeFacts } from '../../src/sources/rules.js';

/** Mentions of the given names wherever they occur in the text. */
function mentions(text: string, known: [name: string, id: string | null, label: string | null][]): LinkedMention[] {
  return known.map(([name, entityId, label]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, entityId, label };
  });
}

describe('proposeFacts', () => {
  it('proposes a position with its title and a new person after an organisation', () => {
    const text = '在礼嘉智慧公园,两江产业集团董事长李毅的介绍很精彩。';
    const [fact, ...rest] = proposeFacts(1, text, mentions(text, [['两江产业集团', 'enterprise:g', 'Enterprise']]), null);
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({ rule: 'POSITION_TITLE', type: 'HOLDS_POSITION', from: { id: null, name: '李毅', label: 'Person' }, to: { id: 'enterprise:g' }, properties: { title: '董事长' }, quote: '两江产业集团董事长李毅' });
  });

  it('reads a chain of titles and a nickname, a former position, and a known person', () => {
    const chain = '猪八戒网董事长、“二师兄”朱明跃亲自站台。';
    expect(proposeFacts(1, chain, mentions(chain, [['猪八戒网', 'enterprise:z', 'Enterprise'], ['朱明跃', 'person:z', 'Person']]), null)[0]).toMatchObject({
      from: { id: 'person:z' },
      properties: { title: '董事长' },
      quote: '猪八戒网董事长、“二师兄”朱明跃',
    });
    const former = '原重庆工商大学校长王崇举:建议';
    expect(proposeFacts(1, former, mentions(former, [['重庆工商大学', 'organization:c', 'Organization']]), null, () => 'person:w')[0]).toMatchObject({
      from: { id: 'person:w', name: '王崇举' },
      properties: { title: '校长', former: true },
      quote: '原重庆工商大学校长王崇举',
    });
  });

  it('proposes nothing for an ambiguous organisation or a type the model does not allow', () => {
    const text = '管委会主任刘任远表示欢迎。';
    expect(proposeFacts(1, text, mentions(text, [['管委会', null, null]]), null)).toEqual([]);
    const area = '两江新区主任张三来了。';
    expect(proposeFacts(1, area, mentions(area, [['两江新区', 'new-area:l', 'NewArea']]), null)).toEqual([]);
  });

  it.each([
    ['落户', '猪八戒网落户两江新区。'],
    ['设在', '猪八戒网设在两江新区。'],
    ['位于', '猪八戒网位于两江新区。'],
  ])('reads %s as LOCATED_IN', (_cue, text) => {
    const facts = proposeFacts(2, text, mentions(text, [['猪八戒网', 'enterprise:z', 'Enterprise'], ['两江新区', 'new-area:l', 'NewArea']]), null);
    expect(facts).toEqual([expect.objectContaining({ type: 'LOCATED_IN', from: expect.objectContaining({ id: 'enterprise:z' }), to: expect.objectContaining({ id: 'new-area:l' }), properties: { basis: 'STATED' }, paragraph: 2 })]);
  });

  it('reads 以…为载体 as CARRIES for a platform named after the cue, and SERVES for a task', () => {
    const text = '以两江协同创新区为主要载体,共同争取国家重点实验室,推进创新协同。';
    const facts = proposeFacts(1, text, mentions(text, [['两江协同创新区', 'platform:a', 'Platform'], ['国家重点实验室', 'platform:b', 'Platform'], ['创新协同', 'task:2', 'Task']]), null);
    expect(facts.map((f) => [f.type, f.to!.id, f.properties.role])).toEqual([
      ['CARRIES', 'platform:b', '主要载体'],
      ['SERVES', 'task:2', '主要载体'],
    ]);
  });

  it('proposes a dated meeting, but not one whose name is known', () => {
    const text = '4月23日,两江新区与天府新区召开第二次联席会议。';
    const areas = mentions(text, [['两江新区', 'new-area:l', 'NewArea'], ['天府新区', 'new-area:t', 'NewArea']]);
    expect(proposeFacts(1, text, areas, 2020)).toEqual([
      expect.objectContaining({ kind: 'ENTITY', rule: 'MEETING_CUE', entity: { label: 'Event', name: '第二次联席会议', nameEn: pinyinName('第二次联席会议', false), properties: { kind: 'MEETING', date: '2020-04-23', ordinal: 2 } } }),
    ]);
    const known = [...areas, ...mentions(text, [['联席会议', 'policy:j', 'Policy']])];
    expect(proposeFacts(1, text, known, 2020)).toEqual([]);
  });

  it.each([
    ['发起', '猪八戒网发起了20城服务中心计划。', [['猪八戒网', 'enterprise:z', 'Enterprise'], ['20城服务中心计划', 'project:p', 'Project']], [['RUNS', 'enterprise:z', 'project:p', { role: 'LEAD' }]]],
    [
      '共建 with two subjects',
      '天府新区商会与漫客空间共建集群注册服务。',
      [['天府新区商会', 'organization:c', 'Organization'], ['漫客空间', 'enterprise:m', 'Enterprise'], ['集群注册服务', 'project:s', 'Project']],
      [
        ['RUNS', 'organization:c', 'project:s', { role: 'PARTNER' }],
        ['RUNS', 'enterprise:m', 'project:s', { role: 'PARTNER' }],
      ],
    ],
    ['成立 by a new area', '会后,两江新区成立两江新区领导小组。', [['两江新区', 'new-area:l', 'NewArea'], ['两江新区领导小组', 'organization:g', 'Organization']], [['ESTABLISHES', 'new-area:l', 'organization:g', {}]]],
    ['发起 by new areas (no RUNS from a new area in the model)', '两江新区与天府新区共同发起总部联盟。', [['两江新区', 'new-area:l', 'NewArea'], ['天府新区', 'new-area:t', 'NewArea'], ['总部联盟', 'project:a', 'Project']], []],
    ['a subject in another clause', '在两江新区,企业发起了总部联盟。', [['两江新区', 'new-area:l', 'NewArea'], ['总部联盟', 'project:a', 'Project']], []],
    ['an object not right after the cue', '猪八戒网发起并参与了总部联盟。', [['猪八戒网', 'enterprise:z', 'Enterprise'], ['总部联盟', 'project:a', 'Project']], []],
  ] as const)('reads %s as RUNS or ESTABLISHES', (_case, text, known, expected) => {
    const facts = proposeFacts(3, text, mentions(text, known.map(([name, id, label]) => [name, id, label])), null);
    expect(facts.map((f) => [f.type, f.from!.id, f.to!.id, f.properties])).toEqual(expected);
    for (const fact of facts) {
      expect(fact).toMatchObject({ rule: 'FOUNDING_CUE', paragraph: 3 });
      expect(text).toContain(fact.quote);
    }
  });
});
