import { defineQuery } from '../db/cypher.js';
import { badUserInput, queryTooComplex } from '../model/errors.js';
import { labelOfEntityType } from '../model/entity-types.js';
import type { EntityRow } from '../model/rows.generated.js';
import { toEntity } from './rows.js';
import type { DataPort } from './port.js';

/** Which field a hit matched on (the SearchMatchField enum of schema/search.graphql). */
export type SearchMatchField = 'NAME' | 'NAME_EN' | 'ALIAS' | 'FULL_TEXT';

/**
 * Query.search: the user's text becomes PARAMETERS of one named statement (searchCandidates),
 * never Cypher. The full-text part goes through Lucene, so the text is also escaped for Lucene.
 *
 * How the `cjk` analyzer sees text (verified against Neo4j 5.26): Chinese runs become
 * overlapping bigrams (博览城 → 博览 览城), a lone CJK character stays a unigram, Latin text is
 * split into lower-cased words, and English stop words are dropped. So:
 * - a Chinese run of 2+ characters is queried as a quoted phrase, so 国际博览中心 must appear as
 *   written, not as any of its bigrams (unquoted, 国际 alone would match half the graph);
 * - a single Chinese character (港) matches no bigram: it is left to the CONTAINS branch;
 * - an English word w is queried as `(w OR w*)` (`w~1` too from five letters, so centre finds
 *   center) and the terms are ANDed.
 */

export const MAX_TEXT_LENGTH = 200;
export const MAX_FIRST = 50;
/** Candidates fetched from each branch before ranking; far above MAX_FIRST. */
export const CANDIDATE_LIMIT = 200;
/** Terms put into the Lucene query; keeps it far below Lucene's 1024-clause limit. */
export const MAX_LUCENE_TERMS = 16;

/** The stop words of Neo4j's `cjk` analyzer (db.index.fulltext.listAvailableAnalyzers()). */
export const CJK_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on',
  'or', 's', 'such', 't', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will',
  'with', 'www',
]);

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
const STARTS_CJK = new RegExp(`^[${CJK}]`, 'u');
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
  /** The whole text, normalised and lower-cased, for CONTAINS over names and aliases. */
  needle: string;
  /** Chinese runs and words (stop words and one-letter words left out), for CONTAINS. */
  terms: string[];
}

export function planSearch(text: string): SearchPlan {
  const tokens = tokenize(text);
  const clauses = [...new Set(tokens.map(luceneClause).filter((c): c is string => c !== null))].slice(
    0,
    MAX_LUCENE_TERMS,
  );
  const terms = [
    ...new Set(
      tokens
        .filter((t) => t.kind === 'cjk' || ([...t.text].length >= 2 && !CJK_STOP_WORDS.has(t.text)))
        .map((t) => t.text),
    ),
  ];
  return { lucene: clauses.length > 0 ? clauses.join(' AND ') : null, needle: foldText(text), terms };
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

// ---------------------------------------------------------------- ranking

export interface SearchHitRow {
  score: number;
  entity: EntityRow;
  matchedOn: SearchMatchField;
  /** The name or alias that matched; null for FULL_TEXT. */
  matchedText: string | null;
}

export interface SearchCandidate {
  entity: EntityRow;
  /** Lucene score; null when only the CONTAINS branch found it. */
  fulltextScore: number | null;
}

/** A name counts fully, an alias (a short form or variant) a little less. */
const FIELD_WEIGHT: Record<Exclude<SearchMatchField, 'FULL_TEXT'>, number> = { NAME: 1, NAME_EN: 1, ALIAS: 0.85 };
/** How much a name match weighs against the full-text score (which is scaled to 0..1). */
const NAME_MATCH_WEIGHT = 3;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * How well `needle` matches one name (both folded), 0..1: 1 when equal; from 0.6 when it
 * stands at an edge of the name (Chinese: 港 in 果园港; the head noun comes last) or is a whole
 * word (English: expo in "... Expo Center"); from 0.5 anywhere else; plus up to 0.3 for the
 * share of the name it covers, so shorter names come first (果园港 before 保税港区).
 */
export function nameMatchScore(name: string, needle: string): number {
  if (needle === '') return 0;
  if (name === needle) return 1;
  const at = name.indexOf(needle);
  if (at < 0) return 0;
  const end = at + needle.length;
  const edge = STARTS_CJK.test(needle)
    ? at === 0 || end === name.length
    : !isWordChar(name[at - 1]) && !isWordChar(name[end]) && isWordChar(needle[0]) && isWordChar(needle.at(-1));
  return (edge ? 0.6 : 0.5) + 0.3 * (needle.length / name.length);
}

/** All terms in one name: a weaker match than the whole text (重庆 博览 → 重庆国际博览中心). */
function termsMatchScore(name: string, terms: readonly string[]): number {
  if (terms.length === 0 || !terms.every((t) => name.includes(t))) return 0;
  const covered = terms.reduce((sum, t) => sum + t.length, 0);
  return 0.4 + 0.3 * Math.min(1, covered / name.length);
}

/** The best name/alias match of an entity, or FULL_TEXT with 0 when none holds the text. */
export function bestNameMatch(
  entity: Pick<EntityRow, 'name' | 'nameEn' | 'aliases'>,
  plan: Pick<SearchPlan, 'needle' | 'terms'>,
): { field: SearchMatchField; text: string | null; score: number } {
  const names: [Exclude<SearchMatchField, 'FULL_TEXT'>, string][] = [
    ['NAME', entity.name],
    ['NAME_EN', entity.nameEn],
    ...entity.aliases.map((a): [Exclude<SearchMatchField, 'FULL_TEXT'>, string] => ['ALIAS', a]),
  ];
  let best: { field: SearchMatchField; text: string | null; score: number } = { field: 'FULL_TEXT', text: null, score: 0 };
  for (const [field, text] of names) {
    const folded = foldText(text);
    const score =
      FIELD_WEIGHT[field] * Math.max(nameMatchScore(folded, plan.needle), termsMatchScore(folded, plan.terms));
    if (score > best.score) best = { field, text, score }; // ties keep the earlier: NAME, NAME_EN, then aliases
  }
  return best;
}

const byRank = (a: SearchHitRow, b: SearchHitRow): number =>
  b.score - a.score || compareStrings(a.entity.name, b.entity.name) || compareStrings(a.entity.id, b.entity.id);

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ranks the candidates: score = 3 × name match (0..1) + full-text score scaled by the best
 * full-text score of this search (0..1), rounded to 4 decimals. A name or alias that holds the
 * text outranks a hit in a summary. Order: score descending, then name, then id.
 */
export function rankCandidates(candidates: readonly SearchCandidate[], plan: SearchPlan, first: number): SearchHitRow[] {
  const merged = new Map<string, SearchCandidate>();
  for (const c of candidates) {
    const seen = merged.get(c.entity.id);
    if (!seen || (c.fulltextScore ?? 0) > (seen.fulltextScore ?? 0)) merged.set(c.entity.id, c);
  }
  const topFulltext = Math.max(0, ...[...merged.values()].map((c) => c.fulltextScore ?? 0));
  const hits: SearchHitRow[] = [];
  for (const { entity, fulltextScore } of merged.values()) {
    const match = bestNameMatch(entity, plan);
    const fulltext = topFulltext > 0 ? (fulltextScore ?? 0) / topFulltext : 0;
    const raw = NAME_MATCH_WEIGHT * match.score + fulltext;
    if (raw > 0) hits.push({ score: Math.round(raw * 10_000) / 10_000, entity, matchedOn: match.field, matchedText: match.text });
  }
  return hits.sort(byRank).slice(0, first);
}

// ---------------------------------------------------------------- data access

/** A candidate as searchCandidates returns it. */
export type CandidateRecord = [id: string, name: string, nameEn: string, aliases: string[] | null, labels: string[]];

const searchCandidatesQuery = defineQuery<
  { lucene: string | null; needle: string; terms: string[]; labels: string[] | null; candidateLimit: number },
  { entity: CandidateRecord; fulltextScore: number | null }
>('searchCandidates');

/** The entity row of a candidate: what ranking and a brief selection read, the rest at its defaults. */
export function candidateEntity([id, name, nameEn, aliases, labels]: CandidateRecord): EntityRow {
  return toEntity({ id, name, nameEn, aliases: aliases ?? undefined, labels });
}

/**
 * One search, one round trip: the candidates carry what ranking reads (id, names, aliases,
 * labels). With `fullEntities` (the query selects more of the hits' entities) the hits kept are
 * read whole through the entity loader, a second round trip for `first` entities rather than
 * every property of every candidate.
 */
export async function searchEntities(ctx: DataPort, request: SearchRequest, options: { fullEntities: boolean }): Promise<SearchHitRow[]> {
  const plan = planSearch(request.text);
  const rows = await ctx.read((tx) =>
    searchCandidatesQuery.run(
      tx,
      { ...plan, labels: request.labels, candidateLimit: CANDIDATE_LIMIT },
      ctx.roundTrips,
    ),
  );
  const hits = rankCandidates(
    rows.map((row) => ({ entity: candidateEntity(row.entity), fulltextScore: row.fulltextScore })),
    plan,
    request.first,
  );
  if (!options.fullEntities) return hits;
  const entities = await ctx.loaders.entity.loadMany(hits.map((hit) => hit.entity.id));
  // An entity deleted between the two reads is no longer a hit.
  return hits.flatMap((hit, i) => {
    const entity = entities[i];
    if (entity instanceof Error) throw entity;
    return entity ? [{ ...hit, entity }] : [];
  });
}
