import type { EntityRow } from '../model/rows.generated.js';
import { type EntityMatch, type MatchKind, type NamedEntity, type PreparedQuery } from './name-matcher/index.js';
import { foldText } from './name-matcher/fold.js';
import { toEntity } from './rows.js';

/**
 * How a hit matched (the SearchMatchField enum of schema/search.graphql): the field holding the
 * text as written, or how a name matched otherwise, or only the full-text index.
 */
export type SearchMatchField = 'NAME' | 'NAME_EN' | 'ALIAS' | 'VARIANT' | 'ABBREVIATION' | 'PINYIN' | 'INITIALS' | 'FUZZY' | 'PARTIAL' | 'FULL_TEXT';

/** A hit of Query.search before its entity is read whole. */
export interface SearchHitRow {
  score: number;
  entity: EntityRow;
  matchedOn: SearchMatchField;
  /** The name, English name or alias that matched; null for FULL_TEXT. */
  matchedText: string | null;
  /** [start, end) UTF-16 offsets of the characters of matchedText that matched. */
  matchedRanges: [number, number][];
  /** The query as typed, for the snippet of a FULL_TEXT hit. */
  query: string;
}

/** A hit of the full-text index. */
export interface FulltextCandidate {
  entity: NamedEntity;
  score: number;
}

/** How much a name match weighs against the full-text score (which is scaled to 0..1). */
export const NAME_MATCH_WEIGHT = 3;

/** matchedOn of a name match: the field for a match as written, else how it matched. */
function matchedOn(match: EntityMatch): SearchMatchField {
  const kind: MatchKind = match.kind;
  if (kind === 'EXACT' || kind === 'SUBSTRING' || kind === 'WORDS') return match.field;
  return kind;
}

export const entityRowOf = (entity: NamedEntity): EntityRow =>
  toEntity({ id: entity.id, name: entity.name, nameEn: entity.nameEn, aliases: [...entity.aliases], labels: [...entity.labels] });

/** A hit ranked before its entity becomes a row: only the hits kept are made rows. */
type RankedHit = Omit<SearchHitRow, 'entity'> & { entity: NamedEntity };

const byRank = (a: RankedHit, b: RankedHit): number =>
  b.score - a.score || compareStrings(a.entity.name, b.entity.name) || compareStrings(a.entity.id, b.entity.id);

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges name matches and full-text hits: score = 3 × name match (0..1, the name matcher's) +
 * full-text score scaled by the best full-text score of this search (0..1), rounded to 4
 * decimals. Order: score descending, then name, then id.
 */
export function rankHits(query: string, names: readonly EntityMatch[], fulltext: readonly FulltextCandidate[], first: number): SearchHitRow[] {
  const topFulltext = Math.max(0, ...fulltext.map((c) => c.score));
  const fulltextOf = new Map<string, number>();
  const fulltextEntity = new Map<string, NamedEntity>();
  for (const c of fulltext) {
    fulltextOf.set(c.entity.id, Math.max(fulltextOf.get(c.entity.id) ?? 0, topFulltext > 0 ? c.score / topFulltext : 0));
    fulltextEntity.set(c.entity.id, c.entity);
  }
  const hits: RankedHit[] = [];
  const seen = new Set<string>();
  for (const match of names) {
    seen.add(match.entity.id);
    const raw = NAME_MATCH_WEIGHT * match.score + (fulltextOf.get(match.entity.id) ?? 0);
    hits.push({
      score: round(raw),
      entity: match.entity,
      matchedOn: matchedOn(match),
      matchedText: match.text,
      matchedRanges: match.ranges,
      query,
    });
  }
  for (const [id, scaled] of fulltextOf) {
    if (seen.has(id) || scaled <= 0) continue;
    hits.push({ score: round(scaled), entity: fulltextEntity.get(id)!, matchedOn: 'FULL_TEXT', matchedText: null, matchedRanges: [], query });
  }
  return hits
    .sort(byRank)
    .slice(0, first)
    .map((hit) => ({ ...hit, entity: entityRowOf(hit.entity) }));
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Characters of context either side of the first matched word in a snippet. */
const SNIPPET_CONTEXT = 24;

/**
 * A short piece of `text` around the first place it holds a word of the query (Chinese runs
 * as written, Latin words case-insensitively), with the matched characters as ranges into the
 * snippet; null when it holds none. Ellipses mark cut ends.
 */
export function snippetOf(text: string, query: PreparedQuery): { text: string; ranges: [number, number][] } | null {
  const folded = foldText(text);
  const hay = folded.chars;
  const terms = [...new Set([...query.words, ...runsOfHan(query.folded.chars)])].filter((t) => t.length >= 1);
  let first: [number, number] | null = null;
  const found: [number, number][] = [];
  for (const term of terms) {
    const needle = [...term];
    for (let i = 0; i + needle.length <= hay.length; i++) {
      if (needle.every((c, k) => hay[i + k] === c)) {
        const range: [number, number] = [folded.origin[i]!, folded.originEnd[i + needle.length - 1]!];
        found.push(range);
        if (!first || range[0] < first[0]) first = range;
        i += needle.length - 1;
      }
    }
  }
  if (!first) return null;
  const start = Math.max(0, first[0] - SNIPPET_CONTEXT);
  const end = Math.min(text.length, first[1] + SNIPPET_CONTEXT * 2);
  const prefix = start > 0 ? '…' : '';
  const piece = prefix + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
  const shift = prefix.length - start;
  const ranges = found
    .filter(([a, b]) => a >= start && b <= end)
    .sort((x, y) => x[0] - y[0])
    .map(([a, b]): [number, number] => [a + shift, b + shift]);
  return { text: piece, ranges };
}

function runsOfHan(chars: readonly string[]): string[] {
  return chars.join('').match(/\p{Script=Han}+/gu) ?? [];
}
