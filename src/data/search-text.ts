import { labelOfEntityType } from '../model/entity-types.js';
import { badUserInput, queryTooComplex } from '../model/errors.js';

/**
 * The text of Query.search, planned: arguments checked, and the Lucene query for the full-text
 * index (summaries, and names in words the name matcher does not see). Names themselves are
 * matched by the name matcher (src/data/name-matcher/).
 *
 * How the `cjk` analyzer sees text (verified against Neo4j 5.26): Chinese runs become
 * overlapping bigrams (博览城 → 博览 览城), a lone CJK character stays a unigram, Latin text is
 * split into lower-cased words, and English stop words are dropped. So:
 * - a Chinese run of 2+ characters is queried as a quoted phrase, so 国际博览中心 must appear as
 *   written, not as any of its bigrams (unquoted, 国际 alone would match half the graph);
 * - a single Chinese character (港) matches no bigram: names are the name matcher's job;
 * - an English word w is queried as `(w OR w*)` (`w~1` too from five letters, so centre finds
 *   center) and the terms are ANDed.
 */

export const MAX_TEXT_LENGTH = 200;
export const MAX_FIRST = 50;
/** Full-text candidates fetched before ranking; far above MAX_FIRST. */
export const CANDIDATE_LIMIT = 200;
/** Terms put into the Lucene query; keeps it far below Lucene's 1024-clause limit. */
export const MAX_LUCENE_TERMS = 16;

/** The stop words of Neo4j's `cjk` analyzer (db.index.fulltext.listAvailableAnalyzers()); the name matcher skips them too. */
export { STOP_WORDS as CJK_STOP_WORDS } from './name-matcher/fold.js';
import { STOP_WORDS as CJK_STOP_WORDS } from './name-matcher/fold.js';

/** Characters with a meaning in Lucene's classic query syntax (`&&` and `||` are escaped char by char). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const LUCENE_OPERATOR_WORD = /\b(AND|OR|NOT)\b/g;

/**
 * Makes any text a literal for Lucene's query parser: every special character is
 * backslash-escaped, and so are the operator words AND, OR, NOT (`\AND` is a plain term).
 * planSearch builds its terms from letters, digits and CJK only, so this is defence in depth.
 */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`).replace(LUCENE_OPERATOR_WORD, (word) => `\\${word}`);
}

/** NFKC (full-width ＡＢＣ and １２ become ASCII), whitespace collapsed, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Lower-cased, for comparisons; the cjk analyzer and Cypher's toLower do the same. */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const TOKEN = new RegExp(String.raw`([${CJK}]+)|((?:(?![${CJK}])[\p{L}\p{N}])+)`, 'gu');

export interface SearchToken {
  /** A run of Chinese (CJK) characters, or a word of letters and digits of any other script. */
  kind: 'cjk' | 'word';
  /** Lower-cased. */
  text: string;
}

/** Runs of CJK characters and words of other letters/digits; punctuation and spaces separate them. */
export function tokenize(text: string): SearchToken[] {
  return [...foldText(text).matchAll(TOKEN)].map((m) =>
    m[1] !== undefined ? { kind: 'cjk' as const, text: m[1] } : { kind: 'word' as const, text: m[2]! },
  );
}

/** The Lucene clause of one token, or null when the index cannot match it. */
function luceneClause(token: SearchToken): string | null {
  const t = escapeLucene(token.text);
  if (token.kind === 'cjk') {
    // One character is no bigram; two or more are a phrase of bigrams.
    return [...token.text].length >= 2 ? `"${t}"` : null;
  }
  if (CJK_STOP_WORDS.has(token.text)) return null; // the analyzer drops them: a required clause would match nothing
  if (/^\p{N}+$/u.test(token.text) || [...token.text].length < 2) return t;
  return [...token.text].length >= 5 ? `(${t} OR ${t}* OR ${t}~1)` : `(${t} OR ${t}*)`;
}

export interface SearchPlan {
  /** The Lucene query (terms ANDed), or null when no term can match the full-text index. */
  lucene: string | null;
}

export function planSearch(text: string): SearchPlan {
  const clauses = [...new Set(tokenize(text).map(luceneClause).filter((c): c is string => c !== null))].slice(0, MAX_LUCENE_TERMS);
  return { lucene: clauses.length > 0 ? clauses.join(' AND ') : null };
}

// ---------------------------------------------------------------- arguments

export interface SearchArgs {
  text: string;
  /** EntityType values, e.g. NEW_AREA. */
  types?: readonly string[] | null;
  first?: number | null;
}

export interface SearchRequest {
  text: string;
  /** Neo4j labels, e.g. NewArea; null for every type. */
  labels: string[] | null;
  first: number;
}

/** Checks the arguments of Query.search: BAD_USER_INPUT naming a bad one, QUERY_TOO_COMPLEX past a maximum. */
export function parseSearchArgs(args: SearchArgs): SearchRequest {
  const text = normalizeText(args.text);
  if (text === '') throw badUserInput('text must not be empty', 'text');
  if ([...text].length > MAX_TEXT_LENGTH) {
    throw badUserInput(`text must be at most ${MAX_TEXT_LENGTH} characters`, 'text');
  }
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1) throw badUserInput(`first must be between 1 and ${MAX_FIRST}, got ${first}`, 'first');
  if (first > MAX_FIRST) {
    throw queryTooComplex(`first must be between 1 and ${MAX_FIRST}, got ${first}`, 'maxResults', { argument: 'first', maximum: MAX_FIRST });
  }
  // Like Query.entities: no types, or an empty list, means every type (NEW_AREA → label NewArea).
  const labels = args.types?.length ? [...new Set(args.types.map(labelOfEntityType))] : null;
  return { text, labels, first };
}
