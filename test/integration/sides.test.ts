import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { curatedDataset } from '../support/curated.js';

/**
 * The side of every curated entity, written from the article: [id, new area, basis]. Every
 * entity not listed is on neither side (basis NONE). Platforms, organisations and enterprises
 * named with or located in a new area or its home region (重庆 for 两江新区; 四川 and 成都 for
 * 天府新区); bodies that administer a new area or that it sets up; people by the bodies they
 * hold positions in (刘任远: 天府新区成都管委会主任; 王麒: 天府新区商会会长; 李毅: 两江产业集团董事长;
 * the experts: 重庆大学, 重庆工商大学); 天府总部商务区 by its name;
 * 保税港 and 保税物流中心(B型) by the paired list of P47.
 */
const SIDES: [id: string, side: 'liangjiang' | 'tianfu', basis: string][] = [
    ['enterprise:cloudwalk', 'liangjiang', 'LOCATION'], // 云从科技
    ['enterprise:liangjiang-industry-group', 'liangjiang', 'NAME'], // 两江产业集团
    ['enterprise:mankespace', 'liangjiang', 'LOCATION'], // 漫客空间
    ['enterprise:zhubajie', 'liangjiang', 'LOCATION'], // 猪八戒网
    ['new-area:liangjiang', 'liangjiang', 'OWN'], // 两江新区
    ['new-area:tianfu', 'tianfu', 'OWN'], // 天府新区
    ['organization:chongqing-university', 'liangjiang', 'NAME'], // 重庆大学
    ['organization:cqu-school-of-economics-and-business-administration', 'liangjiang', 'NAME'], // 重庆大学经济与工商管理学院
    ['organization:ctbu', 'liangjiang', 'NAME'], // 重庆工商大学
    ['organization:ctbu-school-of-economics', 'liangjiang', 'NAME'], // 重庆工商大学经济学院
    ['organization:ip-preparatory-group', 'tianfu', 'STATED'], // 知识产权筹备组
    ['organization:liangjiang-leading-group', 'liangjiang', 'ADMINISTRATION'], // “打造内陆开放门户,助力成渝地区双城经济圈建设”领导小组
    ['organization:liangjiang-management-committee', 'liangjiang', 'ADMINISTRATION'], // 两江新区管委会
    ['organization:liangjiang-office', 'liangjiang', 'ADMINISTRATION'], // 办公室
    ['organization:liangjiang-party-working-committee', 'liangjiang', 'ADMINISTRATION'], // 两江新区党工委
    ['organization:tianfu-chamber-of-commerce', 'tianfu', 'NAME'], // 天府新区商会
    ['organization:tianfu-chengdu-management-committee', 'tianfu', 'ADMINISTRATION'], // 天府新区成都管委会
    ['organization:tianfu-chengdu-party-working-committee', 'tianfu', 'ADMINISTRATION'], // 天府新区成都党工委
    ['organization:tianfu-delegation', 'tianfu', 'NAME'], // 天府新区党政代表团
    ['organization:tianfu-government-service-center', 'tianfu', 'NAME'], // 天府新区政务中心
    ['organization:tianfu-leading-group', 'tianfu', 'ADMINISTRATION'], // “打造内陆开放门户,助力成渝地区双城经济圈建设”领导小组
    ['organization:tianfu-market-supervision-bureau', 'tianfu', 'NAME'], // 天府新区市场监管局
    ['organization:tianfu-office', 'tianfu', 'ADMINISTRATION'], // 办公室
    ['organization:tianfu-private-business-association', 'tianfu', 'STATED'], // 天府个人私协
    ['person:du-yunxia', 'liangjiang', 'POSITION_HELD'], // 杜云霞
    ['person:li-jing', 'liangjiang', 'POSITION_HELD'], // 李敬
    ['person:li-yi', 'liangjiang', 'POSITION_HELD'], // 李毅
    ['person:liu-renyuan', 'tianfu', 'POSITION_HELD'], // 刘任远
    ['person:pu-yongjian', 'liangjiang', 'POSITION_HELD'], // 蒲勇健
    ['person:wang-chongju', 'liangjiang', 'POSITION_HELD'], // 王崇举
    ['person:wang-qi', 'tianfu', 'POSITION_HELD'], // 王麒
    ['person:wang-zhijie', 'liangjiang', 'POSITION_HELD'], // 王志杰
    ['person:zhu-mingyue', 'liangjiang', 'POSITION_HELD'], // 朱明跃
    ['platform:bonded-logistics-center-b', 'tianfu', 'STATED'], // 保税物流中心(B型)
    ['platform:bonded-port', 'liangjiang', 'STATED'], // 保税港
    ['platform:chengdu-science-city', 'tianfu', 'NAME'], // 成都科学城
    ['platform:chongqing-international-expo-center', 'liangjiang', 'NAME'], // 重庆国际博览中心
    ['platform:chongqing-north-station', 'liangjiang', 'NAME'], // 重庆北站
    ['platform:guoyuan-port', 'liangjiang', 'LOCATION'], // 果园港
    ['platform:liangjiang-collaborative-innovation-zone', 'liangjiang', 'NAME'], // 两江协同创新区
    ['platform:liangjiang-digital-economy-industrial-park', 'liangjiang', 'NAME'], // 两江新区数字经济产业园
    ['platform:liangjiang-international-cooperation-industrial-park', 'liangjiang', 'NAME'], // 两江新区国际合作产业园
    ['platform:liangjiang-side-free-trade-zone', 'liangjiang', 'STATED'], // 自贸区
    ['platform:lijia-smart-park', 'liangjiang', 'LOCATION'], // 礼嘉智慧公园
    ['platform:qingbaijiang-wharf', 'tianfu', 'STATED'], // 青白江码头
    ['platform:tianfu-airport', 'tianfu', 'STATED'], // 天府机场
    ['platform:tianfu-headquarters-business-district', 'tianfu', 'NAME'], // 天府总部商务区
    ['platform:tianfu-international-conference-center', 'tianfu', 'LOCATION'], // 天府国际会议中心
    ['platform:tianfu-side-free-trade-zone', 'tianfu', 'STATED'], // 自贸区
    ['platform:western-china-international-expo-city', 'tianfu', 'NAME'], // 天府新区西部国际博览城
];

describe('Entity.side: one rule for every question', () => {
  let api: SeededApi;
  const expected = new Map(SIDES.map(([id, side, basis]) => [id, { side: `new-area:${side}`, basis }]));
  const allIds = curatedDataset().nodes.map((node) => node.entry.id).sort();

  beforeAll(async () => {
    api = await startSeededApi();
  });

  afterAll(async () => {
    await api?.stop();
  });

  async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const body = await api.query<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  type Side = { placement: string; basis: string; newAreas: { id: string }[] };

  it('gives every curated entity the side of the table, with its basis; the rest are on neither side', async () => {
    const nodes: { id: string; side: Side }[] = [];
    for (let i = 0; i < allIds.length; i += 100) {
      const page = await ask<{ nodes: { id: string; side: Side }[] }>(
        'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { side { placement basis newAreas { id } } } } }',
        { ids: allIds.slice(i, i + 100) },
      );
      nodes.push(...page.nodes);
    }
    const actual = nodes.map((node) => [node.id, node.side.newAreas.map((a) => a.id), node.side.placement, node.side.basis]);
    const wanted = allIds.map((id) => {
      const side = expected.get(id);
      return side ? [id, [side.side], 'ONE', side.basis] : [id, [], 'NEITHER', 'NONE'];
    });
    expect(actual).toEqual(wanted);
  });

  it.each(['liangjiang', 'tianfu'])('where: { area: new-area:%s } keeps exactly the entities on its side', async (area) => {
    const { entities } = await ask<{ entities: { totalCount: number; nodes: { id: string }[] } }>(
      'query($area: ID!) { entities(where: { area: $area }, first: 100) { totalCount nodes { id } } }',
      { area: `new-area:${area}` },
    );
    const wanted = SIDES.filter(([id, side]) => side === area && id !== `new-area:${area}`).map(([id]) => id);
    expect(entities.nodes.map((n) => n.id).sort()).toEqual(wanted.sort());
    expect(entities.totalCount).toBe(wanted.length);
  });

  it('taskCoverage puts every serving platform on the side of the table', async () => {
    const { taskCoverage } = await ask<{
      taskCoverage: { sides: { newArea: { id: string }; platforms: { id: string }[] }[]; platformsWithoutSide: { id: string }[] }[];
    }>('{ taskCoverage { sides { newArea { id } platforms { id } } platformsWithoutSide { id } } }');
    let checked = 0;
    for (const coverage of taskCoverage) {
      for (const side of coverage.sides) {
        for (const platform of side.platforms) {
          expect([platform.id, expected.get(platform.id)?.side]).toEqual([platform.id, side.newArea.id]);
          checked += 1;
        }
      }
      for (const platform of coverage.platformsWithoutSide) expect(expected.has(platform.id)).toBe(false);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each([
    ['enterprise:zhubajie', 'tianfu', ['ENTERPRISE', 'ORGANIZATION', 'PLATFORM']],
    ['enterprise:mankespace', 'tianfu', ['ORGANIZATION']],
    ['enterprise:cloudwalk', 'liangjiang', ['ENTERPRISE']],
  ])('partnerCandidates for %s on the %s side are all on that side', async (enterpriseId, area, candidateTypes) => {
    const { partnerCandidates } = await ask<{ partnerCandidates: { entity: { id: string } }[] }>(
      'query($e: ID!, $a: ID!, $t: [EntityType!]) { partnerCandidates(enterpriseId: $e, inArea: $a, candidateTypes: $t, first: 50) { entity { id } } }',
      { e: enterpriseId, a: `new-area:${area}`, t: candidateTypes },
    );
    expect(partnerCandidates.length).toBeGreaterThan(0);
    for (const { entity } of partnerCandidates) {
      expect([entity.id, expected.get(entity.id)?.side]).toEqual([entity.id, `new-area:${area}`]);
    }
  });
});
