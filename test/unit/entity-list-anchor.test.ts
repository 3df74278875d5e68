import { describe, expect, it } from 'vitest';
import { anchorOf, type EntityFilter, idPrefixesOf } from '../../src/data/entities.js';

const NONE: EntityFilter = { labels: null, ids: null, kinds: null, statuses: null, nameContains: null, area: null, industry: null, task: null };

describe('anchorOf', () => {
  it.each<[string, Partial<EntityFilter>, ReturnType<typeof anchorOf>]>([
    ['no filter', {}, 'idPrefixes'],
    ['labels only', { labels: ['Task'] }, 'idPrefixes'],
    ['filters no index serves', { kinds: ['EXPO_CENTER'], statuses: ['PLANNED'], nameContains: '港' }, 'idPrefixes'],
    ['an area', { area: 'new-area:tianfu' }, 'area'],
    ['an industry before an area', { industry: 'industry:auto', area: 'new-area:tianfu' }, 'industry'],
    ['a task before an industry', { task: 'task:2020-01', industry: 'industry:auto' }, 'task'],
    ['ids before everything', { ids: ['task:2020-01'], task: 'task:2020-01', labels: ['Task'] }, 'ids'],
    ['an empty list of ids', { ids: [] }, 'ids'],
  ])('%s', (_name, filter, anchor) => {
    expect(anchorOf({ ...NONE, ...filter })).toBe(anchor);
  });
});

describe('idPrefixesOf', () => {
  it.each<[string[] | null, string[]]>([
    [null, ['']],
    [['Task'], ['task:']],
    [['NewArea', 'CooperationArea'], ['new-area:', 'cooperation-area:']],
  ])('%j', (labels, prefixes) => {
    expect(idPrefixesOf(labels)).toEqual(prefixes);
  });
});
