import { foldText, isHan } from './fold.js';
import { prepareQuery } from './match.js';
import type { EntityMatch, NameIndex } from './name-index.js';

/** A known entity named in a text. */
export interface Mention {
  /** [start, end) UTF-16 offsets of the mention in the text. */
  start: number;
  end: number;
  /** The text of the mention, as written. */
  text: string;
  /** The entities it may name, best first (two entities may share a name: 领导小组). */
  matches: EntityMatch[];
}

export interface MentionOptions {
  /** Short forms shorter than this many characters are not looked for (default 3). */
  minShortForm?: number;
  /** Short forms longer than this are not looked for (default 12). */
  maxShortForm?: number;
  /** A short form must score at least this against the name (0..1, default 0.4). */
  minScore?: number;
}

/**
 * The known names in a text (a paragraph of a document), longest first, not overlapping:
 * 1. names and aliases as written once folded (traditional characters, full-width brackets);
 * 2. then, in the rest, spans that are a variant (重庆两江新区 → 两江新区) or a short form of a name
 *    (四川天府新区党工委 → 天府新区成都党工委: every character of the span in order in the name),
 *    through the same matcher as search, restricted to those kinds.
 */
export function findMentions(index: NameIndex, text: string, options: MentionOptions = {}): Mention[] {
  const minShort = options.minShortForm ?? 3;
  const maxShort = options.maxShortForm ?? 12;
  const minScore = options.minScore ?? 0.4;
  const folded = foldText(text);
  const chars = folded.chars;
  const taken = new Array<boolean>(chars.length).fill(false);
  const mentions: Mention[] = [];
  const add = (from: number, to: number, matches: EntityMatch[]) => {
    for (let k = from; k < to; k++) taken[k] = true;
    const start = folded.origin[from]!;
    const end = folded.originEnd[to - 1]!;
    mentions.push({ start, end, text: text.slice(start, end), matches });
  };
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return false;
    return true;
  };
  // 1. Exact names, longest first at each position.
  for (let i = 0; i < chars.length; i++) {
    for (let len = Math.min(index.longest, chars.length - i); len >= 2; len--) {
      if (!free(i, i + len)) continue;
      const matches = index.exactly(chars.slice(i, i + len).join(''));
      if (matches.length > 0) {
        add(i, i + len, matches);
        i += len - 1;
        break;
      }
    }
  }
  // 2. Variants and short forms in the Chinese text left over.
  for (let i = 0; i < chars.length; i++) {
    if (taken[i] || !isHan(chars[i]!)) continue;
    for (let len = Math.min(maxShort, chars.length - i); len >= minShort; len--) {
      if (!free(i, i + len) || !chars.slice(i, i + len).every(isHan)) continue;
      const span = text.slice(folded.origin[i]!, folded.originEnd[i + len - 1]!);
      const matches = index
        .find(prepareQuery(span), { limit: 3, minScore })
        .filter((m) => m.kind === 'VARIANT' || m.kind === 'ABBREVIATION' || m.kind === 'EXACT');
      if (matches.length > 0) {
        add(i, i + len, matches);
        i += len - 1;
        break;
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
