import { describe, expect, it } from 'vitest';
import { connectionOf, decodeCursor, encodeCursor, type Order, pageOf } from '../../src/model/pagination.js';

const BY_NAME: Order = { name: 'NAME_ASC', key: ['string', 'string'] };
const RELATED: Order = { name: 'RELATED', key: ['string', 'string', 'string', 'number'] };
const items = ['a', 'b', 'c'].map((id) => ({ node: { id, name: id.toUpperCase() }, relationship: { type: 'SERVES' } }));
const keyOf = (item: (typeof items)[number]) => [item.node.name, item.node.id];

describe('keyset cursors', () => {
  it.each([
    [BY_NAME, ['成都科学城', 'platform:chengdu-science-city']],
    [RELATED, ['会展协同', 'task:2020-03', 'SERVES', 1]],
    [{ name: 'ID_ASC', key: ['string'] } as Order, ['task:2020-10']],
  ])('a cursor of %o names its sort key', (order, key) => {
    const cursor = encodeCursor(order.name, key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, order)).toEqual(key);
    expect(pageOf({ first: 5, after: cursor }, order)).toEqual({ first: 5, after: key });
  });

  it('refuses an offset cursor of earlier versions, saying what to do instead', () => {
    const old = Buffer.from('offset:19').toString('base64url');
    expect(() => decodeCursor(old, BY_NAME)).toThrow(/position-based cursor, which this API no longer accepts.*fetch the first page again and follow its pageInfo.endCursor/);
    expect(() => decodeCursor(old, BY_NAME)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
  });

  it.each([
    ['not base64 of a cursor', 'nonsense!'],
    ['not JSON', Buffer.from('k1:[oops').toString('base64url')],
    ['a key of the wrong shape', encodeCursor('NAME_ASC', ['only-one'])],
    ['a key of the wrong types', encodeCursor('NAME_ASC', [1, 2])],
    ['not the canonical text', `${encodeCursor('NAME_ASC', ['a', 'b'])}A`],
  ])('refuses %s', (_name, cursor) => {
    expect(() => decodeCursor(cursor, BY_NAME)).toThrow(/is not a cursor this API issued/);
  });

  it('refuses a cursor of another order', () => {
    const cursor = encodeCursor('NAME_DESC', ['成都科学城', 'platform:chengdu-science-city']);
    expect(() => decodeCursor(cursor, BY_NAME)).toThrow(/a cursor of a list sorted by NAME_DESC, not of this one \(sorted by NAME_ASC\)/);
  });

  it.each([
    [101, /first must be between 0 and 100, got 101/, 'QUERY_TOO_COMPLEX'],
    [-1, /first must be between 0 and 100, got -1/, 'BAD_USER_INPUT'],
  ])('first %d is refused', (first, message, code) => {
    expect(() => pageOf({ first }, BY_NAME)).toThrow(message);
    expect(() => pageOf({ first }, BY_NAME)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code }) }));
  });
});

describe('connectionOf', () => {
  it('gives each edge the cursor of its sort key, and the item past the page only says there is a next page', () => {
    const connection = connectionOf(items, 10, { first: 2, after: ['Z', 'z'] }, BY_NAME, keyOf);
    expect(connection.edges.map((edge) => [edge.node.id, decodeCursor(edge.cursor, BY_NAME), edge.relationship.type])).toEqual([
      ['a', ['A', 'a'], 'SERVES'],
      ['b', ['B', 'b'], 'SERVES'],
    ]);
    expect(connection.nodes).toEqual([items[0]!.node, items[1]!.node]);
    expect(connection.totalCount).toBe(10);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('NAME_ASC', ['A', 'a']),
      endCursor: encodeCursor('NAME_ASC', ['B', 'b']),
    });
  });

  it.each([
    ['the last page', 3, ['Z', 'z'], false, true],
    ['the first page', 3, null, false, false],
    ['a first page with more', 2, null, true, false],
  ] as const)('%s', (_name, first, after, hasNextPage, hasPreviousPage) => {
    expect(connectionOf(items, 10, { first, after }, BY_NAME, keyOf).pageInfo).toMatchObject({ hasNextPage, hasPreviousPage });
  });

  it('an empty page has no cursors', () => {
    const connection = connectionOf([], 2, { first: 3, after: ['Z', 'z'] }, BY_NAME, keyOf);
    expect(connection.edges).toEqual([]);
    expect(connection.nodes).toEqual([]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });
});

describe('decodeCursor', () => {
  const encoded = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['an offset beyond 32 bits', encoded('offset:99999999999')],
    ['a negative offset', encoded('offset:-1')],
    ['another prefix', encoded('page:3')],
    ['not base64', '!!!'],
  ])('refuses %s with BAD_USER_INPUT naming after', (_name, cursor) => {
    expect(() => decodeCursor(cursor, BY_NAME)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
  });
});
