import { badUserInput, queryTooComplex } from './errors.js';

/** The largest page any list returns; larger `first` values are refused, not truncated. */
export const MAX_PAGE_SIZE = 100;

export interface Page {
  offset: number;
  first: number;
}

const CURSOR_PREFIX = 'offset:';
/** No list holds more entries than a 32-bit count; a cursor past it was not issued here. */
const MAX_CURSOR_OFFSET = 2 ** 31 - 2;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_CURSOR_OFFSET || encodeCursor(offset) !== cursor) {
    throw badUserInput(`after: "${cursor}" is not a cursor this API issued`, 'after');
  }
  return offset;
}

/**
 * Validates `first` and `after`; the edge after the cursor is the first of the page. A page over
 * the maximum is QUERY_TOO_COMPLEX (limit `maxPageSize`), any other bad `first` BAD_USER_INPUT.
 */
export function pageOf(args: { first?: number | null; after?: string | null }): Page {
  const first = args.first ?? 20;
  const problem = `first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`;
  if (Number.isInteger(first) && first > MAX_PAGE_SIZE) {
    throw queryTooComplex(problem, 'maxPageSize', { argument: 'first', maximum: MAX_PAGE_SIZE });
  }
  if (!Number.isInteger(first) || first < 0) throw badUserInput(problem, 'first');
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, first };
}

/**
 * A Relay connection over one page of edges of any kind; each edge gets its offset cursor. Edges,
 * nodes and pageInfo are built when a query reads them: most queries select `edges` or `nodes`,
 * not both, and a deep query has thousands of connections.
 */
export function connectionOf<N, E extends { node: N }>(items: E[], totalCount: number, page: Page) {
  return {
    get edges() {
      return items.map((item, i) => ({ ...item, cursor: encodeCursor(page.offset + i) }));
    },
    get nodes() {
      return items.map((item): N => item.node);
    },
    totalCount,
    get pageInfo() {
      return {
        hasNextPage: page.offset + items.length < totalCount,
        hasPreviousPage: page.offset > 0,
        startCursor: items.length > 0 ? encodeCursor(page.offset) : null,
        endCursor: items.length > 0 ? encodeCursor(page.offset + items.length - 1) : null,
      };
    },
  };
}
