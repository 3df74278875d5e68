import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { type EntityFilter, type EntityOrder, listEntities } from '../../src/data/entities.js';
import type { RelatedKey } from '../../src/data/loaders.js';
import { curatedDataset, seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

/**
 * listEntities and relatedPages against answers computed in memory from data/: every filter, order,
 * page and direction, on both ways listEntities pages (from an index for long lists, by sorting for
 * short ones: on 163 entities the first page of 2 comes from the index from 37 matches on, the page
 * of 5 after 3 from 73 on).
 */
const dataset = curatedDataset();
const nodes = dataset.nodes.map(({ entry }) => entry);
const relationships = dataset.relationships.map(({ entry }) => entry);
const byId = new Map(nodes.map((node) => [node.id, node]));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function linkedTo(id: string, label: string): Set<string> {
  const linked = new Set<string>();
  for (const { from, to } of relationships) {
    if (to === id && byId.get(to)?.label === label) linked.add(from);
    if (from === id && byId.get(from)?.label === label) linked.add(to);
  }
  return linked;
}

/** Entities with a path of 1 to 3 LOCATED_IN, AFFILIATED_WITH or ADMINISTERS steps to the area. */
function tiedTo(area: string): Set<string> {
  const steps = relationships.filter((r) => ['LOCATED_IN', 'AFFILIATED_WITH', 'ADMINISTERS'].includes(r.type));
  const tied = new Set<string>();
  let frontier = new Set([area]);
  for (let depth = 0; depth < 3; depth++) {
    frontier = new Set(steps.filter((r) => frontier.has(r.to)).map((r) => r.from));
    for (const id of frontier) tied.add(id);
  }
  return byId.has(area) ? tied : new Set();
}

function expectedList(filter: EntityFilter, orderBy: EntityOrder) {
  const text = filter.nameContains?.toLowerCase();
  const matches = nodes.filter(
    (n) =>
      (!filter.labels || filter.labels.includes(n.label)) &&
      (!filter.ids || filter.ids.includes(n.id)) &&
      (!filter.kinds || filter.kinds.includes(n.properties.kind as string)) &&
      (!filter.statuses || filter.statuses.includes(n.properties.status as string)) &&
      (!text || [n.name, n.nameEn, ...n.aliases].some((s) => s.toLowerCase().includes(text))) &&
      (!filter.area || tiedTo(filter.area).has(n.id)) &&
      (!filter.industry || linkedTo(filter.industry, 'Industry').has(n.id)) &&
      (!filter.task || linkedTo(filter.task, 'Task').has(n.id)),
  );
  const key = (n: (typeof nodes)[number]) => (orderBy === 'NAME_EN_ASC' ? n.nameEn : orderBy === 'ID_ASC' ? n.id : n.name);
  const direction = orderBy === 'NAME_DESC' ? -1 : 1;
  return matches.sort((a, b) => direction * compare(key(a), key(b)) || compare(a.id, b.id)).map((n) => n.id);
}

/** The related entities of a key as `type id direction`, by name, then id, then type. */
function expectedRelated(key: Pick<RelatedKey, 'id' | 'types' | 'direction' | 'labels'>): string[] {
  const rows: { type: string; other: (typeof nodes)[number]; outgoing: boolean }[] = [];
  for (const r of relationships) {
    if (key.types && !key.types.includes(r.type)) continue;
    for (const outgoing of [true, false]) {
      const [self, otherId] = outgoing ? [r.from, r.to] : [r.to, r.from];
      if (self !== key.id || (key.direction === 'OUTGOING' && !outgoing) || (key.direction === 'INCOMING' && outgoing)) continue;
      const other = byId.get(otherId)!;
      if (!key.labels || key.labels.includes(other.label)) rows.push({ type: r.type, other, outgoing });
    }
  }
  return rows
    .sort((a, b) => compare(a.other.name, b.other.name) || compare(a.other.id, b.other.id) || compare(a.type, b.type))
    .map((row) => `${row.type} ${row.other.id} ${row.outgoing ? 'OUT' : 'IN'}`);
}

const NO_FILTER: EntityFilter = { labels: null, ids: null, kinds: null, statuses: null, nameContains: null, area: null, industry: null, task: null };
const ORDERS: EntityOrder[] = ['NAME_ASC', 'NAME_DESC', 'NAME_EN_ASC', 'ID_ASC'];
const PAGES = [
  { offset: 0, first: 2 },
  { offset: 3, first: 5 },
  { offset: 0, first: 100 },
  { offset: 200, first: 10 },
];

const FILTERS: [string, Partial<EntityFilter>][] = [
  ['every entity', {}],
  ['platforms', { labels: ['Platform'] }],
  ['tasks', { labels: ['Task'] }],
  ['enterprises and organisations', { labels: ['Enterprise', 'Organization'] }],
  ['four labels', { labels: ['Platform', 'Organization', 'Industry', 'Policy'] }],
  ['four labels, names containing an', { labels: ['Platform', 'Organization', 'Industry', 'Policy'], nameContains: 'an' }],
  ['ids, with one missing and one repeated', { ids: ['task:2020-03', 'new-area:tianfu', 'task:nope', 'task:2020-03'] }],
  ['no ids', { ids: [] }],
  ['platforms of some kinds', { labels: ['Platform'], kinds: ['EXPO_CENTER', 'INDUSTRIAL_PARK'] }],
  ['planned projects', { labels: ['Project'], statuses: ['PLANNED'] }],
  ['name containing 新区', { nameContains: '新区' }],
  ['English name containing expo', { nameContains: 'EXPO' }],
  ['tied to 天府新区', { area: 'new-area:tianfu' }],
  ['platforms tied to 两江新区', { labels: ['Platform'], area: 'new-area:liangjiang' }],
  ['linked to task 3', { task: 'task:2020-03' }],
  ['linked to the digital economy', { industry: 'industry:digital-economy' }],
  ['enterprises linked to the digital economy', { labels: ['Enterprise'], industry: 'industry:digital-economy' }],
  ['task and area together', { task: 'task:2020-03', area: 'new-area:tianfu' }],
  ['industry, area and name', { industry: 'industry:digital-economy', area: 'new-area:liangjiang', nameContains: '云' }],
  ['ids and a task', { ids: ['platform:chongqing-international-expo-center', 'task:2020-01'], task: 'task:2020-03' }],
  ['a task id given as the industry', { industry: 'task:2020-03' }],
  ['an unknown area', { area: 'new-area:nowhere' }],
];

describe('entity lists and related pages against the curated data', () => {
  let driver: Driver;
  let ctx: Context;

  beforeAll(async () => {
    driver = testDriver();
    await seedCuratedGraph(driver);
    ctx = createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: 10_000 });
  });

  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('only the filters meant to match nothing match nothing', () => {
    const empty = FILTERS.filter(([, filter]) => expectedList({ ...NO_FILTER, ...filter }, 'ID_ASC').length === 0).map(([name]) => name);
    expect(empty).toEqual(['no ids', 'a task id given as the industry', 'an unknown area']);
  });

  describe.each(FILTERS)('listEntities: %s', (_name, partial) => {
    const filter = { ...NO_FILTER, ...partial };
    it.each(ORDERS)('ordered %s, paged', async (orderBy) => {
      const expected = expectedList(filter, orderBy);
      for (const page of PAGES) {
        const result = await listEntities(ctx, filter, orderBy, page);
        expect(result.totalCount).toBe(expected.length);
        expect(result.nodes.map((n) => n.id)).toEqual(expected.slice(page.offset, page.offset + page.first));
      }
    });
  });

  it('listEntities returns the whole entity', async () => {
    const filter = { ...NO_FILTER, ids: ['platform:chongqing-international-expo-center'] };
    const [platform] = (await listEntities(ctx, filter, 'NAME_ASC', { offset: 0, first: 1 })).nodes;
    const source = byId.get('platform:chongqing-international-expo-center')!;
    expect(platform).toMatchObject({ __typename: 'Platform', name: source.name, nameEn: source.nameEn, aliases: source.aliases, kind: source.properties.kind });
    expect(platform!.citations.length).toBe(source.citations.length);
  });

  const KEYS: Omit<RelatedKey, 'id' | 'offset' | 'first' | 'briefNodes' | 'relationshipProperties'>[] = [
    { types: null, direction: 'BOTH', labels: null },
    { types: null, direction: 'OUTGOING', labels: null },
    { types: null, direction: 'INCOMING', labels: ['Platform', 'Task'] },
    { types: ['SERVES'], direction: 'INCOMING', labels: ['Platform'] },
    { types: ['SERVES'], direction: 'OUTGOING', labels: null },
    { types: ['LOCATED_IN', 'AFFILIATED_WITH'], direction: 'BOTH', labels: null },
    { types: ['COOPERATES_WITH'], direction: 'BOTH', labels: null },
    { types: ['CONCERNS', 'PART_OF'], direction: 'INCOMING', labels: ['Industry'] },
  ];

  it('relatedPages: every entity, types, direction, labels and page, in one statement per batch', async () => {
    const keys: RelatedKey[] = [];
    for (const { id } of [...nodes, { id: 'task:nope' }]) {
      KEYS.forEach((key, i) => {
        const page = PAGES[(i + id.length) % PAGES.length]!;
        keys.push({ id, ...key, ...page, briefNodes: i % 2 === 0, relationshipProperties: i % 3 === 0 });
      });
    }
    const before = ctx.roundTrips.count;
    const pages = await Promise.all(keys.map((key) => ctx.loaders.related.load(key)));
    expect(ctx.roundTrips.count - before).toBe(1);
    const nonEmpty = pages.filter((page) => page.totalCount > 0).length;
    expect(nonEmpty).toBeGreaterThan(keys.length / 4);
    keys.forEach((key, i) => {
      const expected = expectedRelated(key);
      const page = pages[i]!;
      expect({ key, totalCount: page.totalCount }).toEqual({ key, totalCount: expected.length });
      const got = page.items.map((item) => `${item.relationship.type} ${item.node.id} ${item.relationship.direction === 'OUTGOING' ? 'OUT' : 'IN'}`);
      expect({ key, items: got }).toEqual({ key, items: expected.slice(key.offset, key.offset + key.first) });
    });
  });

  it('relatedPages: brief nodes carry id, name, nameEn and type; full nodes and properties everything', async () => {
    const key = { id: 'task:2020-03', types: ['SERVES'], direction: 'INCOMING' as const, labels: ['Platform'], offset: 0, first: 20 };
    const [brief, full] = await Promise.all([
      ctx.loaders.related.load({ ...key, briefNodes: true, relationshipProperties: false }),
      ctx.loaders.related.load({ ...key, briefNodes: false, relationshipProperties: true }),
    ]);
    expect(brief.items.length).toBe(3);
    brief.items.forEach((item, i) => {
      const source = byId.get(item.node.id)!;
      expect(item.node).toMatchObject({ __typename: 'Platform', id: source.id, name: source.name, nameEn: source.nameEn });
      expect(item.relationship).toMatchObject({ type: 'SERVES', direction: 'INCOMING' });
      expect(full.items[i]!.node).toMatchObject({ id: source.id, aliases: source.aliases, kind: source.properties.kind });
      expect(full.items[i]!.node.citations.length).toBe(source.citations.length);
      const stated = relationships.find((r) => r.type === 'SERVES' && r.from === source.id && r.to === key.id)!;
      expect(full.items[i]!.relationship).toMatchObject({ ...stated.properties, citations: expect.any(Array) });
      expect(full.items[i]!.relationship.citations.length).toBe(stated.citations.length);
    });
  });
});
