import { describe, expect, it } from 'vitest';
import { buildSideIndex, sideOf } from '../../web/src/lib/sides.js';

const AREAS = [
  { id: 'new-area:tianfu', name: '天府新区', nameEn: 'Tianfu New Area', homeRegions: ['region:sichuan', 'region:chengdu'] },
  { id: 'new-area:liangjiang', name: '两江新区', nameEn: 'Liangjiang New Area', homeRegions: ['region:chongqing'] },
];

describe('explorer sides', () => {
  const index = buildSideIndex(
    AREAS,
    new Map([
      ['new-area:liangjiang', ['platform:guoyuan-port', 'organization:liangjiang-management-committee', 'platform:ftz']],
      ['new-area:tianfu', ['organization:tianfu-chamber-of-commerce', 'platform:ftz']],
      ['region:chongqing', ['platform:chongqing-international-expo-center', 'platform:guoyuan-port', 'new-area:liangjiang']],
      ['region:chengdu', ['platform:chengdu-science-city']],
      ['region:sichuan', ['new-area:tianfu', 'platform:chengdu-science-city']],
    ]),
  );

  it('orders the sides by id: 两江 first (left), 天府 second (right)', () => {
    expect(index.areas.map((area) => area.id)).toEqual(['new-area:liangjiang', 'new-area:tianfu']);
  });

  it('rule 1: a new area is on its own side, whatever else ties it', () => {
    expect(sideOf(index, 'new-area:liangjiang')).toBe('new-area:liangjiang');
    expect(sideOf(index, 'new-area:tianfu')).toBe('new-area:tianfu');
  });

  it('rule 2: tied to the new area itself', () => {
    expect(sideOf(index, 'organization:liangjiang-management-committee')).toBe('new-area:liangjiang');
    expect(sideOf(index, 'organization:tianfu-chamber-of-commerce')).toBe('new-area:tianfu');
  });

  it('rule 3: tied to a home region, only when rule 2 finds nothing', () => {
    expect(sideOf(index, 'platform:chongqing-international-expo-center')).toBe('new-area:liangjiang');
    expect(sideOf(index, 'platform:chengdu-science-city')).toBe('new-area:tianfu');
    expect(index.sides.get('platform:guoyuan-port')).toEqual(['new-area:liangjiang']);
  });

  it('tied to both: both sides listed, no single side to draw it in', () => {
    expect(index.sides.get('platform:ftz')).toEqual(['new-area:liangjiang', 'new-area:tianfu']);
    expect(sideOf(index, 'platform:ftz')).toBeNull();
  });

  it('no rule reaches: no side', () => {
    expect(sideOf(index, 'person:someone')).toBeNull();
    expect(sideOf(null, 'new-area:tianfu')).toBeNull();
  });
});
