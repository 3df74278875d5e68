import { type FoldedText, foldText, isHan, STOP_WORDS } from './fold.js';
import { initialsOf, readingsOf, romanize } from './pinyin.js';
import { variantsOf } from './variants.js';

/**
 * How a query (or a span of text) matches one name, from best to weakest:
 * - EXACT: the same name once folded (case, width, traditional characters, punctuation);
 * - SUBSTRING: the name holds the query as written (港 in 果园港);
 * - WORDS: every word of the query is a word of the name, in any order (expo chongqing);
 * - VARIANT: a variant of the query (重庆两江新区 → 两江新区, 网络 → 网) is one of the above;
 * - ABBREVIATION: the query's characters occur in order in the name, some skipped (重庆博览中心);
 * - PINYIN / INITIALS: the query is the pinyin (zhubajie, liang jiang) or the initials (zbj)
 *   of characters of the name, in order;
 * - FUZZY: every word of the query is a word of the name up to a small edit distance (centre/center);
 * - PARTIAL: the query and the name share at least two characters in order, and no more.
 */
export type MatchKind = 'EXACT' | 'SUBSTRING' | 'WORDS' | 'VARIANT' | 'ABBREVIATION' | 'PINYIN' | 'INITIALS' | 'FUZZY' | 'PARTIAL';

export interface NameMatch {
  kind: MatchKind;
  /** 0..1: 1 for EXACT; each kind scores below the one before it for the same lengths. */
  score: number;
  /** The characters of the name that matched, as [start, end) UTF-16 offsets into the name as written. */
  ranges: [number, number][];
}

/** A text prepared once for matching against many names. */
export interface PreparedName {
  original: string;
  folded: FoldedText;
  /** folded.chars joined. */
  joined: string;
}

export interface PreparedVariant extends PreparedName {
  /** How much a match of this variant counts against a match of the query as typed (0..1). */
  factor: number;
}

export interface PreparedQuery extends PreparedName {
  /** The folded query written other ways (variants.ts), prepared. */
  variants: PreparedVariant[];
  /** The query as pinyin letters (tones, spaces dropped), when it is Latin letters only. */
  romanized: string | null;
  /** Its Latin words, folded, stop words left out (unless it has no other). */
  words: string[];
}

export function prepareName(original: string, options: { phrases?: boolean } = {}): PreparedName {
  const folded = foldText(original, options);
  return { original, folded, joined: folded.chars.join('') };
}

/** Variants count less than the text as typed: an exact alias outranks a variant of the name. */
const VARIANT_FACTOR = 0.8;
/** 西部(成都)科学城: the words in brackets and what follows them name the thing (成都科学城) more often than the text without them (西部科学城). */
const BRACKETED = /^(.*?)[(（]([^()（）]+)[)）](.*)$/u;

export function prepareQuery(text: string): PreparedQuery {
  const name = prepareName(text, { phrases: true });
  const all = name.folded.words.map((w) => name.folded.chars.slice(w.start, w.start + w.length).join(''));
  const words = all.some((w) => !STOP_WORDS.has(w)) ? all.filter((w) => !STOP_WORDS.has(w)) : all;
  const variants: PreparedVariant[] = [];
  const bracketed = BRACKETED.exec(text.normalize('NFKC'));
  if (bracketed && bracketed[2]!.trim() !== '') {
    variants.push({ ...prepareName(bracketed[2]! + bracketed[3]!), factor: VARIANT_FACTOR });
    variants.push({ ...prepareName(bracketed[1]! + bracketed[3]!), factor: VARIANT_FACTOR * 0.75 });
  }
  for (const v of variantsOf(name.joined)) variants.push({ ...prepareName(v), factor: VARIANT_FACTOR });
  return {
    ...name,
    variants: variants.filter((v) => v.folded.chars.length > 0 && v.joined !== name.joined),
    romanized: romanize(text),
    words,
  };
}

// ---------------------------------------------------------------- helpers

/** Folded character indices → merged [start, end) ranges of the original text. */
function rangesOf(folded: FoldedText, indices: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const i of [...indices].sort((a, b) => a - b)) {
    const start = folded.origin[i]!;
    const end = folded.originEnd[i]!;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

function span(start: number, length: number): number[] {
  const out = new Array<number>(length);
  for (let k = 0; k < length; k++) out[k] = start + k;
  return out;
}

/** A Latin word of a folded text, with its text. */
interface NameWord {
  start: number;
  length: number;
  text: string;
}

const wordsCache = new WeakMap<PreparedName, NameWord[]>();

/** The words of a prepared name with their text, worked out once per prepared name. */
function wordsOf(name: PreparedName): NameWord[] {
  let words = wordsCache.get(name);
  if (!words) {
    words = name.folded.words.map((w) => ({ ...w, text: name.folded.chars.slice(w.start, w.start + w.length).join('') }));
    wordsCache.set(name, words);
  }
  return words;
}

/** Index of `needle` in `hay` (arrays of characters), or -1. */
function indexOfChars(hay: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function hanCount(chars: readonly string[]): number {
  let count = 0;
  for (const c of chars) if (isHan(c)) count++;
  return count;
}

/** Runs of consecutive indices in an increasing list. */
function runsOf(indices: readonly number[]): number {
  let runs = 0;
  for (let k = 0; k < indices.length; k++) if (k === 0 || indices[k] !== indices[k - 1]! + 1) runs++;
  return runs;
}

/** 1 when the matched characters are one run, down to 0 when none of them are adjacent. */
const contiguity = (count: number, runs: number): number => (count <= 1 ? 1 : 1 - (runs - 1) / (count - 1));

/** Whether `query` occurs in `name` in order, characters skipped: one pass, nothing allocated. */
function isSubsequence(query: readonly string[], name: readonly string[]): boolean {
  let j = 0;
  for (const c of query) {
    while (j < name.length && name[j] !== c) j++;
    if (j === name.length) return false;
    j++;
  }
  return true;
}

/**
 * The alignment of all of `query` inside `name` (a subsequence) with the fewest runs, as the
 * name's indices; null when the query is no subsequence of the name.
 */
export function subsequenceAlignment(query: readonly string[], name: readonly string[]): number[] | null {
  const m = query.length;
  const n = name.length;
  if (m === 0 || m > n || !isSubsequence(query, name)) return null;
  const INF = 0x7fffffff;
  // runs[i * n + j]: fewest runs matching query[0..i] with query[i] at name[j]; from: the j before.
  const runs = new Int32Array(m * n).fill(INF);
  const from = new Int32Array(m * n).fill(-1);
  for (let j = 0; j < n; j++) if (name[j] === query[0]) runs[j] = 1;
  for (let i = 1; i < m; i++) {
    const row = i * n;
    const above = row - n;
    let bestBefore = INF;
    let bestAt = -1;
    for (let j = 1; j < n; j++) {
      const prev = runs[above + j - 1]!;
      if (j - 2 >= 0 && runs[above + j - 2]! < bestBefore) {
        bestBefore = runs[above + j - 2]!;
        bestAt = j - 2;
      }
      if (name[j] !== query[i]) continue;
      if (prev <= bestBefore) {
        if (prev < INF) {
          runs[row + j] = prev;
          from[row + j] = j - 1;
        }
      } else if (bestBefore < INF) {
        runs[row + j] = bestBefore + 1;
        from[row + j] = bestAt;
      }
    }
  }
  const last = (m - 1) * n;
  let end = -1;
  for (let j = 0; j < n; j++) if (runs[last + j]! < INF && (end < 0 || runs[last + j]! < runs[last + end]!)) end = j;
  if (end < 0) return null;
  const path: number[] = [];
  for (let i = m - 1, j = end; i >= 0; j = from[i * n + j]!, i--) path.push(j);
  return path.reverse();
}

/** The longest common subsequence of query and name, as the matched indices of each. */
export function commonSubsequence(query: readonly string[], name: readonly string[]): { query: number[]; name: number[] } {
  const m = query.length;
  const n = name.length;
  const len: Uint16Array[] = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      len[i]![j] = query[i] === name[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
    }
  }
  const q: number[] = [];
  const nm: number[] = [];
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (query[i] === name[j]) {
      q.push(i++);
      nm.push(j++);
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return { query: q, name: nm };
}

/** Optimal string alignment distance (an adjacent swap counts one edit), stopping past `bound`. */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  // Three rows of the matrix in turn: i - 2, i - 1 and i.
  let prev2 = new Int32Array(b.length + 1);
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
    if (rowMin > bound) return bound + 1;
  }
  return prev[b.length]!;
}

/** Edits a Latin word of this length may have: none up to 3 letters, 1 up to 7, then 2. */
export const editBound = (length: number): number => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

// ---------------------------------------------------------------- the kinds

function exactOrSubstring(query: PreparedName, name: PreparedName): NameMatch | null {
  const q = query.folded.chars;
  const n = name.folded.chars;
  if (q.length === 0) return null;
  if (query.joined === name.joined) return { kind: 'EXACT', score: 1, ranges: rangesOf(name.folded, span(0, n.length)) };
  const at = indexOfChars(n, q);
  if (at < 0) return null;
  const end = at + q.length;
  const edge = isHan(q[0]!)
    ? at === 0 || end === n.length
    : name.folded.words.some((w) => w.start === at) && name.folded.words.some((w) => w.start + w.length === end);
  return { kind: 'SUBSTRING', score: (edge ? 0.6 : 0.5) + 0.3 * (q.length / n.length), ranges: rangesOf(name.folded, span(at, q.length)) };
}

/** Every query word is a word of the name (the last may be the start of one), in any order. */
function allWords(query: PreparedQuery, name: PreparedName, fuzzy: boolean): NameMatch | null {
  if (query.words.length === 0 || name.folded.words.length === 0) return null;
  const words = query.words.filter((w) => w.length >= 2 || /\d/.test(w));
  if (words.length === 0 || name.folded.words.length === 0) return null;
  const nameWords = wordsOf(name);
  const used = new Set<number>();
  const matched: number[] = [];
  let edits = 0;
  for (const [k, word] of words.entries()) {
    const last = k === words.length - 1;
    let best = -1;
    let bestEdits = Infinity;
    for (const [i, nw] of nameWords.entries()) {
      if (used.has(i)) continue;
      const d = nw.text === word || (last && word.length >= 2 && nw.text.startsWith(word)) ? 0 : fuzzy ? editDistance(word, nw.text, editBound(word.length)) : Infinity;
      if (d <= (fuzzy ? editBound(word.length) : 0) && d < bestEdits) {
        best = i;
        bestEdits = d;
      }
    }
    if (best < 0) return null;
    used.add(best);
    edits += bestEdits;
    matched.push(...span(nameWords[best]!.start, Math.min(word.length, nameWords[best]!.length)));
  }
  if (fuzzy && edits === 0) return null; // then it is a WORDS match
  const covered = matched.length / name.folded.chars.length;
  const ranges = rangesOf(name.folded, matched);
  return fuzzy
    ? { kind: 'FUZZY', score: Math.max(0.12, 0.3 + 0.2 * covered - 0.05 * edits), ranges }
    : { kind: 'WORDS', score: 0.4 + 0.3 * Math.min(1, covered), ranges };
}

function abbreviation(query: PreparedName, name: PreparedName): NameMatch | null {
  const q = query.folded.chars;
  // Letters in order say nothing (o…r in "conference centre"): Latin text matches by words.
  if (hanCount(q) < 2) return null;
  const path = subsequenceAlignment(q, name.folded.chars);
  if (!path) return null;
  const covered = q.length / name.folded.chars.length;
  return {
    kind: 'ABBREVIATION',
    score: 0.25 + 0.15 * contiguity(q.length, runsOf(path)) + 0.1 * covered,
    ranges: rangesOf(name.folded, path),
  };
}

/** The cost of a state of pinyinMatch not reached. */
const UNREACHED = Number.MAX_SAFE_INTEGER;

interface PinyinDp {
  cost: Float64Array;
  back: Int32Array;
  initialFlag: Uint8Array;
}

/** pinyinMatch reaches state `to` from `from` at cost `c`: kept when cheaper than what reached it before. */
function relax(dp: PinyinDp, from: number, to: number, c: number, initial: boolean): void {
  if (c < dp.cost[to]!) {
    dp.cost[to] = c;
    dp.back[to] = from;
    dp.initialFlag[to] = initial ? 1 : 0;
  }
}

/** Whether `reading` starts with romanized[p..]: the rest of the query typed as the start of a reading. */
function restStarts(reading: string, romanized: string, p: number): boolean {
  const rest = romanized.length - p;
  if (rest > reading.length) return false;
  for (let k = 0; k < rest; k++) if (reading.charCodeAt(k) !== romanized.charCodeAt(p + k)) return false;
  return true;
}

/**
 * The query's letters as the pinyin of characters of the name in order: each character by a
 * full reading, or by its initial; the last one may be the start of a reading (typing in
 * progress). Fewest runs first, then fewest initials.
 */
function pinyinMatch(romanized: string, name: PreparedName): NameMatch | null {
  const chars = name.folded.chars;
  const n = chars.length;
  const r = romanized.length;
  if (r < 2 || n === 0 || !chars.some(isHan)) return null;
  // best[j][p]: reading name[0..j) consumed romanized[0..p), the state after name char j-1.
  // Two layers: whether name[j-1] was matched (affects runs). State (j, p, m) is at ((j * (r + 1) + p) * 2 + m).
  const size = (n + 1) * (r + 1) * 2;
  const dp: PinyinDp = { cost: new Float64Array(size).fill(UNREACHED), back: new Int32Array(size).fill(-1), initialFlag: new Uint8Array(size) };
  const { cost, back, initialFlag } = dp;
  cost[0] = 0;
  for (let j = 0; j < n; j++) {
    const c = chars[j]!;
    const han = isHan(c);
    const readings = han ? readingsOf(c) : [c];
    for (let p = 0; p <= r; p++) {
      for (let m = 0; m < 2; m++) {
        const state = (j * (r + 1) + p) * 2 + m;
        const here = cost[state]!;
        if (here === UNREACHED) continue;
        // Skip name[j].
        const skip = ((j + 1) * (r + 1) + p) * 2;
        if (here < cost[skip]!) {
          cost[skip] = here;
          back[skip] = state;
          initialFlag[skip] = 0;
        }
        if (p === r) continue;
        const consumed = here + (m === 1 ? 0 : 1000); // a run starts: 1000 per run, 1 per initial
        const next = (j + 1) * (r + 1);
        for (const reading of readings) {
          if (romanized.startsWith(reading, p)) relax(dp, state, (next + p + reading.length) * 2 + 1, consumed, false);
          else if (r - p >= 2 && restStarts(reading, romanized, p)) relax(dp, state, (next + r) * 2 + 1, consumed, false);
          if (han) {
            for (const initial of initialsOf(reading)) {
              if (initial.length < reading.length && romanized.startsWith(initial, p)) relax(dp, state, (next + p + initial.length) * 2 + 1, consumed + 1, true);
            }
          }
        }
      }
    }
  }
  let end = -1;
  for (let m = 0; m < 2; m++) {
    const k = (n * (r + 1) + r) * 2 + m;
    if (cost[k]! < UNREACHED && (end < 0 || cost[k]! < cost[end]!)) end = k;
  }
  if (end < 0) return null;
  const matched: number[] = [];
  let initials = 0;
  for (let k = end; back[k]! >= 0; k = back[k]!) {
    const j = Math.floor(k / 2 / (r + 1));
    if (k % 2 === 1) {
      matched.push(j - 1);
      if (initialFlag[k]) initials++;
    }
  }
  const runs = Math.floor(cost[end]! / 1000);
  const kind: MatchKind = initials === matched.length ? 'INITIALS' : 'PINYIN';
  // Initials scattered over a name (z…b…j) are chance, not an abbreviation.
  if (kind === 'INITIALS' && contiguity(matched.length, runs) < 0.5) return null;
  const score = 0.3 + 0.2 * contiguity(matched.length, runs) + 0.2 * (matched.length / n);
  return { kind, score: kind === 'INITIALS' ? score * 0.95 : score, ranges: rangesOf(name.folded, matched) };
}

/**
 * Shares something, nothing matched well: at least two Chinese characters in order, or some of
 * the Latin words (typos allowed). Letters shared in order say nothing, so they do not count.
 */
function partial(query: PreparedQuery, name: PreparedName): NameMatch | null {
  const q = query.folded.chars;
  const n = name.folded.chars;
  const hanQuery = q.map((c, i) => (isHan(c) ? i : -1)).filter((i) => i >= 0);
  let best: NameMatch | null = null;
  // Two characters in common need two of the query's characters in the name at least.
  if (hanQuery.length >= 2 && hanQuery.filter((i) => n.includes(q[i]!)).length >= 2) {
    const common = commonSubsequence(hanQuery.map((i) => q[i]!), n);
    const shared = common.name.length;
    if (shared >= 2) {
      const score =
        0.08 + 0.15 * (shared / q.length) + 0.07 * (shared / n.length) + 0.05 * contiguity(shared, runsOf(common.query));
      best = { kind: 'PARTIAL', score, ranges: rangesOf(name.folded, common.name) };
    }
  }
  if (query.words.length >= 2 && name.folded.words.length > 0) {
    const nameWords = wordsOf(name);
    const matched: number[] = [];
    let count = 0;
    for (const word of query.words) {
      if (word.length < 3 && !/\d/.test(word)) continue;
      const hit = nameWords.find((nw) => nw.text === word || editDistance(word, nw.text, editBound(word.length)) <= editBound(word.length));
      if (!hit) continue;
      count++;
      matched.push(...span(hit.start, hit.length));
    }
    if (count > 0) {
      const score = 0.08 + 0.15 * (count / query.words.length) + 0.07 * Math.min(1, matched.length / n.length);
      if (!best || score > best.score) best = { kind: 'PARTIAL', score, ranges: rangesOf(name.folded, matched) };
    }
  }
  return best;
}

const better = (a: NameMatch | null, b: NameMatch | null): NameMatch | null => (!a ? b : !b ? a : b.score > a.score ? b : a);

const hanOnlyQueries = new WeakMap<PreparedQuery, boolean>();

/** Chinese characters only: no Latin word, no pinyin; so are its variants. */
function isHanOnly(query: PreparedQuery): boolean {
  let hanOnly = hanOnlyQueries.get(query);
  if (hanOnly === undefined) {
    hanOnly = query.folded.chars.length > 0 && query.folded.chars.every(isHan) && query.words.length === 0 && query.romanized === null;
    hanOnlyQueries.set(query, hanOnly);
  }
  return hanOnly;
}

/**
 * False when `name` (as written) cannot match `query`, so it need not be prepared: a query of
 * Chinese characters only matches nothing in a name without a character from U+2E80 on, since
 * no character below folds to a Chinese one (verified over all of them).
 */
export function mayMatch(query: PreparedQuery, name: string): boolean {
  if (!isHanOnly(query)) return true;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 0x2e80) return true;
  return false;
}

/** The best way `query` matches `name`, or null when they share fewer than two characters in order. */
export function matchName(query: PreparedQuery, name: PreparedName): NameMatch | null {
  const direct = exactOrSubstring(query, name);
  if (direct?.kind === 'EXACT') return direct;
  let best = better(direct, allWords(query, name, false));
  const abbreviated = best ? null : abbreviation(query, name);
  for (const variant of query.variants) {
    const v = exactOrSubstring(variant, name) ?? abbreviation(variant, name);
    if (!v || (best && v.score * variant.factor <= best.score)) continue;
    // When the name holds every character of the query as typed, say so and mark them all.
    best = abbreviated
      ? { ...abbreviated, score: Math.max(abbreviated.score, v.score * variant.factor) }
      : { kind: v.kind === 'ABBREVIATION' ? 'ABBREVIATION' : 'VARIANT', score: v.score * variant.factor, ranges: v.ranges };
  }
  if (best) return best;
  best = abbreviated;
  if (query.romanized) best = better(best, pinyinMatch(query.romanized, name));
  if (query.words.length > 0) best = better(best, allWords(query, name, true));
  return best ?? partial(query, name);
}
