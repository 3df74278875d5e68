import { pinyin } from 'pinyin-pro';
import { foldText, isHan, STOP_WORDS } from './fold.js';
import { editBound, type PreparedQuery } from './match.js';
import { readingsOf, romanize } from './pinyin.js';
import { variantsOf } from './variants.js';

/**
 * The keys of the names of an entity, for the Neo4j full-text index `entity_names` (whitespace
 * analyzer, cypher/schema/search.cypher), and the Lucene queries that look them up. The index
 * finds the candidates of a search in the database; the matcher (match.ts) scores only those.
 *
 * Keys, all lower case and free of Lucene syntax:
 * - each Chinese character of a folded name (博) and each pair of adjacent ones (博览);
 * - `p_` + each pinyin reading of a character (p_zhu), and of a pair (p_zhu_ba);
 * - `i_` + each pair of initials of adjacent characters (i_zb);
 * - `w_` + each Latin word (w_expo);
 * - `l_` + each label (l_enterprise), for the `types` filter;
 * - `n_` + each whole name folded (n_两江新区) and each of its variants (variants.ts), and `h_` +
 *   the head of those longer than it (h_重庆国际博览, h_chongqinginte: nameHeadLength): the
 *   names written in a document are found by these (document-keys.ts).
 * Bumping KEYS_VERSION makes ensureNameKeys (src/data/name-keys.ts) rewrite every entity's keys.
 */
export const KEYS_VERSION = 'keys-2';

/** The names the keys are built from, as the statements return them. */
export interface NamesOf {
  name: string;
  nameEn: string | null;
  aliases: readonly string[] | null;
  labels: readonly string[];
}

/** Readings combined per pair of characters, at most (polyphones multiply). */
const MAX_PAIR_READINGS = 9;
/** Key terms in one query; far below Lucene's 1024-clause limit. */
const MAX_QUERY_TERMS = 96;
/** Pinyin initials are looked up as pairs of letters up to this length of text (zbj, ljxq). */
const MAX_INITIALS_LENGTH = 10;

const labelKey = (label: string): string => `l_${label.toLowerCase()}`;

/**
 * Names longer than this many folded characters are also keyed by their head, the first this
 * many: six Chinese characters, or twelve letters or digits for a name starting with one (a
 * Latin head of six, such as liangj, would start thousands of names).
 */
export const nameHeadLength = (first: string): number => (isHan(first) ? 6 : 12);

/** The key of a whole name (or a variant of it), folded. */
export const writtenNameKey = (folded: string): string => `n_${folded}`;
/** The key of the head of a name longer than its head length (nameHeadLength). */
export const nameHeadKey = (head: string): string => `h_${head}`;

function addWrittenKeys(keys: Set<string>, chars: readonly string[]): void {
  const folded = chars.join('');
  for (const written of [folded, ...variantsOf(folded)]) {
    const codePoints = [...written];
    keys.add(writtenNameKey(written));
    const head = nameHeadLength(codePoints[0]!);
    if (codePoints.length > head) keys.add(nameHeadKey(codePoints.slice(0, head).join('')));
  }
}

function pairReadings(a: string, b: string): string[] {
  const out: string[] = [];
  for (const x of readingsOf(a)) for (const y of readingsOf(b)) if (out.length < MAX_PAIR_READINGS) out.push(`${x}_${y}`);
  return out;
}

function addTextKeys(keys: Set<string>, text: string): void {
  const folded = foldText(text);
  const chars = folded.chars;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!isHan(c)) continue;
    keys.add(c);
    for (const r of readingsOf(c)) keys.add(`p_${r}`);
    const next = chars[i + 1];
    if (next === undefined || !isHan(next)) continue;
    keys.add(c + next);
    for (const pair of pairReadings(c, next)) keys.add(`p_${pair}`);
    for (const a of new Set(readingsOf(c).map((r) => r[0]!))) for (const b of new Set(readingsOf(next).map((r) => r[0]!))) keys.add(`i_${a}${b}`);
  }
  for (const w of folded.words) keys.add(`w_${chars.slice(w.start, w.start + w.length).join('')}`);
  if (chars.length >= 2) addWrittenKeys(keys, chars);
}

/** The keys of an entity's names and labels, space-separated: the value of its `nameKeys` property. */
export function nameKeysOf(entity: NamesOf): string {
  const keys = new Set<string>();
  for (const text of [entity.name, entity.nameEn ?? '', ...(entity.aliases ?? [])]) if (text) addTextKeys(keys, text);
  for (const label of entity.labels) keys.add(labelKey(label));
  return [...keys].join(' ');
}

// ---------------------------------------------------------------- queries

let syllables: ReadonlySet<string> | null = null;

/** Every toneless pinyin syllable pinyin-pro knows, read once from the characters of the basic CJK block. */
function pinyinSyllables(): ReadonlySet<string> {
  if (!syllables) {
    let text = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) text += String.fromCodePoint(c);
    const all = pinyin(text, { type: 'array', toneType: 'none', v: true }) as string[];
    syllables = new Set(all.filter((r) => /^[a-z]+$/.test(r)));
  }
  return syllables;
}

/**
 * Pinyin letters split into syllables, longest syllable first with backtracking; the rest may be
 * the start of a syllable (typing in progress). Null when the letters are no pinyin.
 */
export function segmentPinyin(letters: string): { syllables: string[]; rest: string } | null {
  const known = pinyinSyllables();
  const whole = splitPinyin(known, letters);
  if (whole) return { syllables: whole, rest: '' };
  // The last one to three letters may be a syllable being typed.
  for (let cut = 1; cut <= Math.min(3, letters.length - 1); cut++) {
    const rest = letters.slice(letters.length - cut);
    const parts = splitPinyin(known, letters.slice(0, letters.length - cut));
    if (parts && [...known].some((s) => s.startsWith(rest))) return { syllables: parts, rest };
  }
  return null;
}

/** Longest syllables first; a position that cannot be split is remembered, so any text splits in linear time. */
function splitPinyin(known: ReadonlySet<string>, letters: string): string[] | null {
  const dead = new Set<number>();
  const from = (at: number): string[] | null => {
    if (at === letters.length) return [];
    if (dead.has(at)) return null;
    for (let len = Math.min(6, letters.length - at); len >= 1; len--) {
      const s = letters.slice(at, at + len);
      if (!known.has(s)) continue;
      const tail = from(at + len);
      if (tail) return [s, ...tail];
    }
    dead.add(at);
    return null;
  };
  return from(0);
}

/** A term of a query: a key, a key prefix (`key*`) or a key up to some edits (`key~1`), with a boost. */
interface Term {
  text: string;
  boost: number;
}

function queryTerms(query: PreparedQuery): Term[] {
  const terms = new Map<string, number>();
  const add = (text: string, boost = 1) => terms.set(text, Math.max(terms.get(text) ?? 0, boost));
  for (const t of [query, ...query.variants]) {
    const chars = t.folded.chars;
    for (let i = 0; i < chars.length; i++) {
      if (!isHan(chars[i]!)) continue;
      add(chars[i]!);
      if (i + 1 < chars.length && isHan(chars[i + 1]!)) add(chars[i]! + chars[i + 1]!, 2);
    }
  }
  const words = query.words.length > 0 ? query.words : [];
  for (const w of words) {
    if (STOP_WORDS.has(w) && words.length > 1) continue;
    add(`w_${w}`, 2);
    if (w.length >= 2) add(`w_${w}*`);
    if (w.length >= 3 && words.length <= 3) add(`w_*${w}*`); // inside a word: xpo in expo
    const edits = editBound(w.length);
    if (edits > 0) add(`w_${w}~${edits}`);
  }
  const r = query.romanized;
  if (r && r.length >= 2) {
    // Pinyin written in words (zhu ba jie, liang jiang) is pinyin word by word; English is not.
    const segmented = query.words.length <= 1 || query.words.every((w) => segmentPinyin(romanize(w) ?? '')?.rest === '') ? segmentPinyin(r) : null;
    if (segmented) {
      const s = segmented.syllables;
      s.forEach((syllable, i) => {
        add(`p_${syllable}`);
        if (i + 1 < s.length) add(`p_${syllable}_${s[i + 1]}`, 2);
      });
      if (segmented.rest) add(s.length > 0 ? `p_${s.at(-1)}_${segmented.rest}*` : `p_${segmented.rest}*`, 2);
    }
    const initials = query.words.length <= 1 && r.length <= MAX_INITIALS_LENGTH && (!segmented || segmented.rest !== '' || r.length <= 4);
    if (initials) for (let i = 0; i + 1 < r.length; i++) add(`i_${r.slice(i, i + 2)}`, 2);
  }
  return [...terms].map(([text, boost]) => ({ text, boost })).slice(0, MAX_QUERY_TERMS);
}

/** Keys hold letters, digits and CJK only; anything else in a word is escaped for Lucene. */
export const escapeTerm = (term: string): string => term.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, (c) => `\\${c}`);

/** A term as Lucene syntax: its key escaped, the `*` and `~n` of prefix, infix and fuzzy terms kept. */
function render({ text, boost }: Term): string {
  const [, key, suffix] = /^(.*?)(\*|~\d)?$/s.exec(text)!;
  const infix = /^w_\*/.exec(key!);
  const body = infix ? `w_*${escapeTerm(key!.slice(3))}` : escapeTerm(key!);
  return `${body}${suffix ?? ''}${boost !== 1 ? `^${boost}` : ''}`;
}

/**
 * The Lucene query of `entity_names` for a search: any of the query's keys (and its variants'),
 * with the keys of the given labels required; null when the text has no key.
 */
export function nameKeysQuery(query: PreparedQuery, labels: readonly string[] | null): string | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const keys = `(${terms.map(render).join(' ')})`;
  return labels && labels.length > 0 ? `+(${labels.map(labelKey).join(' ')}) +${keys}` : keys;
}
