import { badHeader, BOOKMARKS_HEADER } from '../model/errors.js';

const MAX_BOOKMARKS = 16;
const BOOKMARK = /^[\x21-\x2b\x2d-\x7e]{1,1024}$/;

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
    throw badHeader(`${BOOKMARKS_HEADER}: at most ${MAX_BOOKMARKS} bookmarks, got ${bookmarks.length}`, BOOKMARKS_HEADER);
  }
  for (const bookmark of bookmarks) {
    if (!BOOKMARK.test(bookmark)) throw badHeader(`${BOOKMARKS_HEADER}: not a bookmark this API issued`, BOOKMARKS_HEADER);
  }
  return [...new Set(bookmarks)];
}
