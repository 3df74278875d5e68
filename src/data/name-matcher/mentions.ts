import { foldText, isHan } from './fold.js';
import { prepareQuery } from './match.js';
import type { EntityMatch } from './entity-match.js';
import type { NameIndex } from './name-index.js';
import { PLACE_PREFIXES } from './variants.js';

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
  /** A short form must score at least this against the name (0..1, default 0.3). */
  minScore?: number;
}

/** How far a name found as written is grown into a longer short form (四川天府新区 + 党工委). */
const GROW_LEFT = 4;
const GROW_RIGHT = 6;

const SHORT_FORM_KINDS = new Set(['VARIANT', 'ABBREVIATION', 'EXACT']);

/** A short form stands for most of its name (60 %), not for the start of a longer one. */
const MIN_NAME_COVERAGE = 0.6;

const matchedLength = (match: EntityMatch): number => match.ranges.reduce((n, [a, b]) => n + b - a, 0);

/**
 * A span grown around a name found as written is a mention of `match` when it stands for most
 * of that name, and either matches more of it than the name found (四川天府新区 → 四川天府新区党工委
 * for 天府新区成都党工委) or is a bracketed form of it (西部(成都)科学城 for 成都科学城).
 */
function grows(match: EntityMatch, baseLength: number, span: string): boolean {
  if (matchedLength(match) < MIN_NAME_COVERAGE * match.text.length) return false;
  return matchedLength(match) > baseLength || (match.kind === 'VARIANT' && /^[^(（]{2,}[(（][^)）]+[)）]/u.test(span));
}

/**
 * The known names in a text (a paragraph of a document), not overlapping, in text order:
 * 1. names and aliases as written once folded (traditional characters, full-width brackets),
 *    longest first;
 * 2. each grown into a longer span when that span is a variant or a short form of a name
 *    (四川天府新区党工委 → 天府新区成都党工委; 西部(成都)科学城 → 成都科学城);
 * 3. then, in the Chinese text left over, spans that are a variant or a short form of a name
 *    (every character of the span in order in the name), through the same matcher as search.
 */
export function findMentions(index: NameIndex, text: string, options: MentionOptions = {}): Mention[] {
  const minShort = options.minShortForm ?? 3;
  const maxShort = options.maxShortForm ?? 12;
  const minScore = options.minScore ?? 0.3;
  const folded = foldText(text);
  const chars = folded.chars;
  const owner = new Array<number>(chars.length).fill(-1);
  const found: ({ from: number; to: number; matches: EntityMatch[] } | null)[] = [];
  const free = (from: number, to: number, self = -1) => {
    for (let k = from; k < to; k++) if (owner[k] !== -1 && owner[k] !== self) return false;
    return true;
  };
  const claim = (m: number, from: number, to: number) => {
    for (let k = 0; k < owner.length; k++) if (owner[k] === m) owner[k] = -1;
    for (let k = from; k < to; k++) {
      const other = owner[k]!;
      if (other !== -1 && other !== m) found[other] = null; // swallowed whole by the grown mention
      owner[k] = m;
    }
    found[m] = { ...found[m]!, from, to };
  };
  /** Free but for mentions lying wholly inside [from, to), which a grown mention may swallow. */
  const growable = (from: number, to: number, self: number) => {
    for (let k = from; k < to; k++) {
      const other = owner[k]!;
      if (other === -1 || other === self) continue;
      const o = found[other];
      if (!o || o.from < from || o.to > to) return false;
    }
    return true;
  };
  const shortForm = (from: number, to: number): EntityMatch[] => {
    if (!chars.slice(from, to).every(isHan)) return [];
    const span = text.slice(folded.origin[from]!, folded.originEnd[to - 1]!);
    return index.find(prepareQuery(span), { limit: 3, minScore, exclude: ['PARTIAL', 'FUZZY', 'PINYIN', 'INITIALS'] })
      .filter((m) => SHORT_FORM_KINDS.has(m.kind));
  };
  // 1. Names as written.
  for (let i = 0; i < chars.length; i++) {
    for (const len of index.exactLengths(chars[i]!)) {
      if (len > chars.length - i || !free(i, i + len)) continue;
      const matches = index.exactly(chars.slice(i, i + len).join(''));
      if (matches.length === 0) continue;
      found.push({ from: i, to: i + len, matches });
      claim(found.length - 1, i, i + len);
      i += len - 1;
      break;
    }
  }
  // 2. Grown into longer short forms: the one matching most of a name, then the shortest.
  for (const [m, mention] of found.entries()) {
    if (!mention) continue;
    let best: { from: number; to: number; matches: EntityMatch[]; covered: number } | null = null;
    for (let extra = 1; extra <= GROW_LEFT + GROW_RIGHT; extra++) {
      for (let left = 0; left <= Math.min(GROW_LEFT, extra); left++) {
        const from = mention.from - left;
        const to = mention.to + (extra - left);
        if (from < 0 || to > chars.length || extra - left > GROW_RIGHT || !growable(from, to, m)) continue;
        const span = text.slice(folded.origin[from]!, folded.originEnd[to - 1]!);
        const matches = shortForm(from, to).filter((match) => grows(match, mention.to - mention.from, span));
        if (matches.length === 0) continue;
        const covered = matchedLength(matches[0]!);
        if (!best || covered > best.covered) best = { from, to, matches, covered };
      }
    }
    if (best) {
      found[m] = { from: best.from, to: best.to, matches: best.matches };
      claim(m, best.from, best.to);
    }
  }
  // A province or city right before a mention is part of it (四川 + 天府新区党工委).
  for (const [m, mention] of found.entries()) {
    if (!mention) continue;
    const before = chars.slice(0, mention.from).join('');
    const prefix = PLACE_PREFIXES.find((p) => before.endsWith(p) && free(mention.from - p.length, mention.from));
    if (prefix && [...prefix].length === prefix.length) claim(m, mention.from - prefix.length, mention.to);
  }
  // 3. Short forms in the Chinese text left over.
  for (let i = 0; i < chars.length; i++) {
    if (owner[i] !== -1 || !isHan(chars[i]!)) continue;
    for (let len = Math.min(maxShort, chars.length - i); len >= minShort; len--) {
      if (!free(i, i + len)) continue;
      const matches = shortForm(i, i + len);
      if (matches.length === 0) continue;
      found.push({ from: i, to: i + len, matches });
      claim(found.length - 1, i, i + len);
      i += len - 1;
      break;
    }
  }
  return found
    .filter((f) => f !== null)
    .map(({ from, to, matches }) => {
      const start = folded.origin[from]!;
      const end = folded.originEnd[to - 1]!;
      return { start, end, text: text.slice(start, end), matches };
    })
    .sort((a, b) => a.start - b.start);
}
