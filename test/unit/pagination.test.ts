import { describe, expect, it } from 'vitest';
import { connectionOf, decodeCursor, encodeCursor, pageOf } from '../../src/model/pagination.js';

const items = ['a', 'b', 'c'].map((id) => ({ node: { id }, relationship: { type: 'SERVES' } }));

describe('connectionOf', () => {
  it('numbers the edges from the page offset and says what lies around the page', () => {
    const connection = connectionOf(items, 10, { offset: 4, first: 3 });
    expect(connection.edges.map((edge) => [edge.node.id, decodeCursor(edge.cursor), edge.relationship.type])).toEqual([
      ['a', 4, 'SERVES'],
      ['b', 5, 'SERVES'],
      ['c', 6, 'SERVES'],
    ]);
    expect(connection.nodes).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(connection.totalCount).toBe(10);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(4),
      endCursor: encodeCursor(6),
    });
  });

  it.each([
    ['the last page', 7, { offset: 4, first: 3 }, false, true],
    ['the first page', 3, { offset: 0, first: 3 }, false, false],
  ])('%s', (_name, totalCount, page, hasNextPage, hasPreviousPage) => {
    expect(connectionOf(items, totalCount, page).pageInfo).toMatchObject({ hasNextPage, hasPreviousPage });
  });

  it('an empty page has no cursors', () => {
    const connection = connectionOf([], 2, { offset: 5, first: 3 });
    expect(connection.edges).toEqual([]);
    expect(connection.nodes).toEqual([]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('the edge after a cursor starts the next page', () => {
    const { edges } = connectionOf(items, 10, pageOf({ first: 3, after: encodeCursor(3) }));
    expect(decodeCursor(edges[0]!.cursor)).toBe(4);
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
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
  });

  it('accepts the largest offset a list can reach', () => {
    expect(decodeCursor(encodeCursor(2 ** 31 - 2))).toBe(2 ** 31 - 2);
  });
});
