import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { badUserInput } from '../model/errors.js';

/** The request header a client sends its last bookmarks in, comma-separated. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

const MAX_BOOKMARKS = 16;
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]{1,1024}$/;

/** A bad header stops the request before it runs: HTTP 400. */
function badHeader(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: BOOKMARKS_HEADER, http: { status: 400 } } });
}

/**
 * The bookmarks of a `neo4j-bookmarks` header: comma-separated, at most 16, each printable
 * ASCII without commas. BAD_USER_INPUT naming the header otherwise.
 */
export function parseBookmarksHeader(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const bookmarks = (Array.isArray(value) ? value.join(',') : value)
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (bookmarks.length > MAX_BOOKMARKS) {
    throw badHeader(`${BOOKMARKS_HEADER}: at most ${MAX_BOOKMARKS} bookmarks, got ${bookmarks.length}`);
  }
  for (const bookmark of bookmarks) {
    if (!BOOKMARK.test(bookmark)) throw badHeader(`${BOOKMARKS_HEADER}: not a bookmark this API issued`);
  }
  return [...new Set(bookmarks)];
}

/** Turns Neo4j's refusal of a malformed bookmark into BAD_USER_INPUT naming the header; rethrows anything else. */
export function rethrowBookmarkError(error: unknown): never {
  if (error instanceof Neo4jError && /InvalidBookmark/.test(error.code)) {
    throw badUserInput(`${BOOKMARKS_HEADER}: Neo4j does not accept these bookmarks (${error.message.split('\n')[0]})`, BOOKMARKS_HEADER);
  }
  throw error;
}
