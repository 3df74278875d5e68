import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { type EntityFilter, type EntityOrder, entitySortKey, listEntities } from '../../src/data/entities.js';
import type { RelatedKey } from '../../src/data/loaders.js';
import { readSides } from '../../src/data/sides.js';
import type { EntityRow } from '../../src/model/rows.generated.js';
import type { SortKey } from '../../src/model/pagination.js';
import { curatedDataset, seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver, TEST_TX_TIMEOUT_MS } from '../support/neo4j.js';

/**
 * listEntities and relatedPages against answers computed in memory from data/: every filter, order,
 * page and direction, on both ways listEntities pages (from an index for long lists, by sorting for
 * short ones: on 163 entities a page of 2 comes from the index from 45 matches on, a page of 5 from
 * 63 on). Pages are keyset pages: the items after the sort key of the item before, first + 1 of them.
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

/** The new areas each entity's side names, read per entity (readSides) once the graph is seeded. */
const sides = new Map<string, string[]>();

/**
 * For a new area: the entities on its side (as each entity's own side says), the area excepted.
 * For a region: entities with a path of 1 to 3 LOCATED_IN, AFFILIATED_WITH or ADMINISTERS steps to it.
 */
function tiedTo(area: string): Set<string> {
  if (byId.get(area)?.label === 'NewArea') {
    return new Set(nodes.filter((n) => n.id !== area && sides.get(n.id)?.includes(area)).map((n) => n.id));
  }
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
    .sort(
      (a, b) =>
        compare(a.other.name, b.other.name) || compare(a.other.id, b.other.id) || compare(a.type, b.type) || Number(a.outgoing) - Number(b.outgoing),
    )
    .map((row) => `${row.type} ${row.other.id} ${row.outgoing ? 'OUT' : 'IN'}`);
}

/** The sort key of a related row `type id OUT|IN`, as relatedSortKey gives it. */
function relatedKeyOfRow(row: string): SortKey {
  const [type, id, direction] = row.split(' ') as [string, string, string];
  return [byId.get(id)!.name, id, type, direction === 'OUT' ? 1 : 0];
}

/** A page starting at `from` of a list: the sort key of the item before it, and the items the statement returns (first + 1). */
function pageAt<T>(list: T[], from: number, first: number, keyOf: (item: T) => SortKey) {
  const start = Math.min(from, list.length);
  return { after: start > 0 ? keyOf(list[start - 1]!) : null, expected: list.slice(start, start + first + 1) };
}

const entityKey = (orderBy: EntityOrder) => (id: string) => entitySortKey(byId.get(id) as unknown as EntityRow, orderBy);

const NO_FILTER: EntityFilter = { labels: null, ids: null, kinds: null, statuses: null, nameContains: null, area: null, industry: null, task: null };
const ORDERS: EntityOrder[] = ['NAME_ASC', 'NAME_DESC', 'NAME_EN_ASC', 'ID_ASC'];
const PAGES = [
  { from: 0, first: 2 },
  { from: 3, first: 5 },
  { from: 0, first: 100 },
  { from: 200, first: 10 },
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
    ctx = createContext({ driver, database: TEST_DATABASE, transactionTimeoutMs: TEST_TX_TIMEOUT_MS });
    const ids = nodes.map((n) => n.id);
    const rows = await readSides(ctx.read, ctx.roundTrips, ids);
    ids.forEach((id, i) => sides.set(id, rows[i]?.newAreaIds ?? []));
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
      for (const { from, first } of PAGES) {
        const page = pageAt(expected, from, first, entityKey(orderBy));
        const result = await listEntities(ctx, filter, orderBy, { first, after: page.after });
        expect(result.totalCount).toBe(expected.length);
        expect(result.nodes.map((n) => n.id)).toEqual(page.expected);
      }
    });
  });

  it('listEntities returns the whole entity', async () => {
    const filter = { ...NO_FILTER, ids: ['platform:chongqing-international-expo-center'] };
    const [platform] = (await listEntities(ctx, filter, 'NAME_ASC', { first: 1, after: null })).nodes;
    const source = byId.get('platform:chongqing-international-expo-center')!;
    expect(platform).toMatchObject({ __typename: 'Platform', name: source.name, nameEn: source.nameEn, aliases: source.aliases, kind: source.properties.kind });
    expect(platform!.citations.length).toBe(source.citations!.length);
  });

  const KEYS: Omit<RelatedKey, 'id' | 'after' | 'first' | 'briefNodes' | 'relationshipProperties'>[] = [
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
    const expectedItems: string[][] = [];
    for (const { id } of [...nodes, { id: 'task:nope' }]) {
      KEYS.forEach((key, i) => {
        const { from, first } = PAGES[(i + id.length) % PAGES.length]!;
        const page = pageAt(expectedRelated({ id, ...key }), from, first, relatedKeyOfRow);
        keys.push({ id, ...key, first, after: page.after, briefNodes: i % 2 === 0, relationshipProperties: i % 3 === 0 });
        expectedItems.push(page.expected);
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
      expect({ key, items: got }).toEqual({ key, items: expectedItems[i] });
    });
  });

  it('relatedPages: brief nodes carry id, name, nameEn and type; full nodes and properties everything', async () => {
    const key = { id: 'task:2020-03', types: ['SERVES'], direction: 'INCOMING' as const, labels: ['Platform'], after: null, first: 20 };
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
      expect(full.items[i]!.node.citations.length).toBe(source.citations!.length);
      const stated = relationships.find((r) => r.type === 'SERVES' && r.from === source.id && r.to === key.id)!;
      expect(full.items[i]!.relationship).toMatchObject({ ...stated.properties, citations: expect.any(Array) });
      expect(full.items[i]!.relationship.citations.length).toBe(stated.citations!.length);
    });
  });
});
