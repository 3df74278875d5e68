import { badUserInput, queryTooComplex } from './errors.js';

/** The largest page any list returns; larger `first` values are refused, not truncated. */
export const MAX_PAGE_SIZE = 100;

/**
 * Where a list is sorted: an order's values of one item, ending in a unique tie-breaker (an id),
 * so that "after this key" names one position whatever was added or removed around it.
 */
export type SortKey = readonly (string | number)[];

/** A list's order: its name (cursors of one order are refused by another) and the types of its sort key. */
export interface Order {
  name: string;
  key: readonly ('string' | 'number')[];
}

/** A page: `first` items after the item whose sort key is `after` (null: from the start). */
export interface Page {
  first: number;
  after: SortKey | null;
}

const KEYSET_PREFIX = 'k1:';
const OFFSET_PREFIX = 'offset:';

/** A keyset cursor: the order's name and the item's sort key, as opaque text. */
export function encodeCursor(order: string, key: SortKey): string {
  return Buffer.from(`${KEYSET_PREFIX}${JSON.stringify([order, ...key])}`).toString('base64url');
}

function isSortKey(value: unknown): value is [string, ...(string | number)[]] {
  return Array.isArray(value) && value.length >= 2 && value.every((part) => typeof part === 'string' || typeof part === 'number');
}

/** The sort key of a cursor of `order`; BAD_USER_INPUT naming `after` for anything else. */
export function decodeCursor(cursor: string, order: Order): SortKey {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (text.startsWith(OFFSET_PREFIX)) {
    throw badUserInput(
      `after: "${cursor}" is a position-based cursor, which this API no longer accepts (a page would shift when entities are added or removed before it): fetch the first page again and follow its pageInfo.endCursor`,
      'after',
    );
  }
  let parsed: unknown = null;
  if (text.startsWith(KEYSET_PREFIX)) {
    try {
      parsed = JSON.parse(text.slice(KEYSET_PREFIX.length));
    } catch {
      parsed = null;
    }
  }
  if (!isSortKey(parsed) || encodeCursor(parsed[0], parsed.slice(1)) !== cursor) {
    throw badUserInput(`after: "${cursor}" is not a cursor this API issued`, 'after');
  }
  const [cursorOrder, ...key] = parsed;
  if (cursorOrder !== order.name) {
    throw badUserInput(`after: "${cursor}" is a cursor of a list sorted by ${cursorOrder}, not of this one (sorted by ${order.name})`, 'after');
  }
  if (key.length !== order.key.length || key.some((part, i) => typeof part !== order.key[i])) {
    throw badUserInput(`after: "${cursor}" is not a cursor this API issued`, 'after');
  }
  return key;
}

/**
 * Validates `first` and `after` of a list sorted by `order`. A page over the maximum is
 * QUERY_TOO_COMPLEX (limit `maxPageSize`), any other bad `first` BAD_USER_INPUT.
 */
export function pageOf(args: { first?: number | null; after?: string | null }, order: Order): Page {
  return { first: pageSizeOf(args.first), after: args.after ? decodeCursor(args.after, order) : null };
}

/** `first`, 20 when not given, checked against MAX_PAGE_SIZE. */
export function pageSizeOf(requested: number | null | undefined): number {
  const first = requested ?? 20;
  const problem = `first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`;
  if (Number.isInteger(first) && first > MAX_PAGE_SIZE) {
    throw queryTooComplex(problem, 'maxPageSize', { argument: 'first', maximum: MAX_PAGE_SIZE });
  }
  if (!Number.isInteger(first) || first < 0) throw badUserInput(problem, 'first');
  return first;
}

/**
 * A Relay connection over the items after the page's cursor: the statements read `first + 1` of
 * them, and the one past the page only says that there is a next page. Each edge's cursor is its
 * item's sort key. Edges, nodes and pageInfo are built when a query reads them: most queries
 * select `edges` or `nodes`, not both, and a deep query has thousands of connections.
 */
export function connectionOf<N, E extends { node: N }>(
  itemsAndOneMore: E[],
  totalCount: number,
  page: Page,
  order: Order,
  keyOf: (item: E) => SortKey,
) {
  const items = itemsAndOneMore.slice(0, page.first);
  const cursorOf = (item: E) => encodeCursor(order.name, keyOf(item));
  return {
    get edges() {
      return items.map((item) => ({ ...item, cursor: cursorOf(item) }));
    },
    get nodes() {
      return items.map((item): N => item.node);
    },
    totalCount,
    get pageInfo() {
      return {
        hasNextPage: itemsAndOneMore.length > page.first,
        // Relay lets a forward page answer whether anything lies before its cursor; a cursor names an item that was there.
        hasPreviousPage: page.after !== null,
        startCursor: items.length > 0 ? cursorOf(items[0]!) : null,
        endCursor: items.length > 0 ? cursorOf(items.at(-1)!) : null,
      };
    },
  };
}
