import { isHan } from './fold.js';
import { type EntityMatch, FIELD_WEIGHT, type FindOptions, keepBest, type NameField, type NamedEntity } from './entity-match.js';
import { editBound, editDistance, matchName, type PreparedName, prepareName, type PreparedQuery, prepareQuery } from './match.js';
import { readingsOf } from './pinyin.js';

interface Entry {
  entity: number;
  field: NameField;
  text: string;
  /** Folded length: shorter names are looked at first when a key is very common. */
  length: number;
}

/** Names looked at closely (matchName) per query, at most. */
const CANDIDATES = 120;
/** Postings read per key at most: a character in every other name says little on its own. */
const SCAN_CAP = 3000;
/** Latin words of the vocabulary a query word expands to (prefix, infix, typo), at most. */
const WORD_EXPANSION = 64;

const trigramsOf = (word: string): string[] => {
  const padded = `^${word}$`;
  return Array.from({ length: Math.max(0, padded.length - 2) }, (_, i) => padded.slice(i, i + 3));
};

/**
 * The names of every entity, indexed for matching a query without looking at every name:
 * - each Chinese character → the names holding it (abbreviations, short forms, partial matches;
 *   pinyin syllables become the characters read so);
 * - each pair of adjacent pinyin initials → the names holding it (zbj, ljxq);
 * - each Latin word → the names holding it, and the words' trigrams → the words (prefixes,
 *   infixes and typos expand to the vocabulary's words first, as Lucene's fuzzy queries do).
 * A query reads the postings of its keys, rarest first and at most SCAN_CAP of each, keeps the
 * CANDIDATES names with the most key weight, and matches only those closely (match.ts).
 * Updates are incremental: `upsert` and `remove` (entries are tombstoned, postings compacted
 * when a quarter of them are dead).
 */
export class NameIndex {
  private readonly entities: (NamedEntity | null)[] = [];
  private readonly entityIndex = new Map<string, number>();
  private readonly entries: (Entry | null)[] = [];
  private readonly entriesOf = new Map<number, number[]>();
  private readonly hanPostings = new Map<string, number[]>();
  private readonly initialPairPostings = new Map<string, number[]>();
  private readonly wordPostings = new Map<string, number[]>();
  private readonly wordTrigrams = new Map<string, Set<string>>();
  private readonly syllableChars = new Map<string, Set<string>>();
  private readonly prepared = new Map<number, PreparedName>();
  /** Folded names → their entries, for finding names as written in a text. */
  private readonly exact = new Map<string, number[]>();
  private longestName = 0;
  /** First folded character of a name → the lengths of such names, longest first. */
  private readonly exactLengthsOf = new Map<string, number[]>();
  private pinyinIndexed = false;
  private deadEntries = 0;

  constructor(entities: Iterable<NamedEntity> = []) {
    // Shorter names first, so that the first SCAN_CAP postings of a common key are the closest.
    const sorted = [...entities].sort((a, b) => a.name.length - b.name.length || (a.id < b.id ? -1 : 1));
    for (const entity of sorted) this.upsert(entity);
  }

  get size(): number {
    return this.entityIndex.size;
  }

  /** The entity with this id, as indexed. */
  get(id: string): NamedEntity | undefined {
    const k = this.entityIndex.get(id);
    return k === undefined ? undefined : (this.entities[k] ?? undefined);
  }

  upsert(entity: NamedEntity): void {
    this.remove(entity.id);
    const k = this.entities.length;
    this.entities.push(entity);
    this.entityIndex.set(entity.id, k);
    const texts: [NameField, string][] = [
      ['NAME', entity.name],
      ['NAME_EN', entity.nameEn],
      ...entity.aliases.map((a): [NameField, string] => ['ALIAS', a]),
    ];
    const ids: number[] = [];
    const seen = new Set<string>();
    for (const [field, text] of texts) {
      if (!text || seen.has(text)) continue;
      seen.add(text);
      ids.push(this.addEntry({ entity: k, field, text, length: 0 }));
    }
    this.entriesOf.set(k, ids);
  }

  remove(id: string): void {
    const k = this.entityIndex.get(id);
    if (k === undefined) return;
    for (const e of this.entriesOf.get(k) ?? []) {
      this.entries[e] = null;
      this.prepared.delete(e);
      this.deadEntries++;
    }
    this.entriesOf.delete(k);
    this.entities[k] = null;
    this.entityIndex.delete(id);
    if (this.deadEntries > 1000 && this.deadEntries * 4 > this.entries.length) this.compact();
  }

  private addEntry(entry: Entry): number {
    const e = this.entries.length;
    const name = prepareName(entry.text);
    entry.length = name.folded.chars.length;
    this.entries.push(entry);
    const chars = name.folded.chars;
    if (chars.length >= 2) {
      push(this.exact, name.joined, e);
      this.longestName = Math.max(this.longestName, chars.length);
    }
    for (const c of new Set(chars.filter(isHan))) push(this.hanPostings, c, e);
    const lengths = this.exactLengthsOf.get(chars[0]!);
    if (chars.length >= 2 && !lengths?.includes(chars.length)) {
      this.exactLengthsOf.set(chars[0]!, [...(lengths ?? []), chars.length].sort((a, b) => b - a));
    }
    if (this.pinyinIndexed) this.addPinyin(e, chars);
    for (const w of new Set(name.folded.words.map((w) => chars.slice(w.start, w.start + w.length).join('')))) {
      if (!this.wordPostings.has(w)) for (const t of trigramsOf(w)) addTo(this.wordTrigrams, t, w);
      push(this.wordPostings, w, e);
    }
    return e;
  }

  /** The pinyin keys of an entry: its characters by reading, its pairs of initials. */
  private addPinyin(e: number, chars: readonly string[]): void {
    for (const c of new Set(chars.filter(isHan))) {
      for (const reading of readingsOf(c)) {
        let set = this.syllableChars.get(reading);
        if (!set) this.syllableChars.set(reading, (set = new Set()));
        set.add(c);
      }
    }
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) {
      if (!isHan(chars[i]!) || !isHan(chars[i + 1]!)) continue;
      for (const a of new Set(readingsOf(chars[i]!).map((r) => r[0]!)))
        for (const b of new Set(readingsOf(chars[i + 1]!).map((r) => r[0]!))) pairs.add(a + b);
    }
    for (const pair of pairs) push(this.initialPairPostings, pair, e);
  }

  /**
   * The pinyin keys are written at the first query typed in Latin letters: linking the
   * mentions of a Chinese document never needs them, and they are most of the cost of building.
   */
  private indexPinyin(): void {
    if (this.pinyinIndexed) return;
    this.pinyinIndexed = true;
    this.entries.forEach((entry, e) => entry && this.addPinyin(e, this.preparedEntry(e).folded.chars));
  }

  /** Drops tombstoned entries from the postings. */
  private compact(): void {
    for (const postings of [this.hanPostings, this.initialPairPostings, this.wordPostings]) {
      for (const [key, list] of postings) {
        const alive = list.filter((e) => this.entries[e] !== null);
        if (alive.length > 0) postings.set(key, alive);
        else postings.delete(key);
      }
    }
    this.deadEntries = 0;
  }

  private preparedEntry(e: number): PreparedName {
    let p = this.prepared.get(e);
    if (!p) {
      p = prepareName(this.entries[e]!.text);
      if (this.prepared.size > 20_000) this.prepared.clear();
      this.prepared.set(e, p);
    }
    return p;
  }

  /** Latin words of the vocabulary a query word may stand for: itself, words it starts or is inside of, typos. */
  private expandWord(word: string): string[] {
    const out = new Set<string>();
    if (this.wordPostings.has(word)) out.add(word);
    const grams = trigramsOf(word);
    const counts = new Map<string, number>();
    for (const g of grams) for (const w of this.wordTrigrams.get(g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const bound = editBound(word.length);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    for (const [w] of ranked) {
      if (out.size >= WORD_EXPANSION) break;
      if (w.includes(word) || (bound > 0 && editDistance(word, w, bound) <= bound)) out.add(w);
    }
    return [...out];
  }

  /** The query's keys, grouped: an entry earns a group's weight once, whichever of its keys it holds. */
  private keyGroups(query: PreparedQuery): number[][][] {
    const groups: number[][][] = [];
    const texts = [query, ...query.variants];
    const hanSeen = new Set<string>();
    for (const t of texts) {
      for (const c of t.folded.chars) {
        if (!isHan(c) || hanSeen.has(c)) continue;
        hanSeen.add(c);
        const list = this.hanPostings.get(c);
        if (list) groups.push([list]);
      }
    }
    for (const w of query.words) {
      const lists = this.expandWord(w).map((x) => this.wordPostings.get(x)!);
      if (lists.length > 0) groups.push(lists);
    }
    const r = query.romanized;
    if (r && r.length >= 2) {
      this.indexPinyin();
      for (const syllable of this.segmentPinyin(r)) {
        const chars = this.syllableChars.get(syllable);
        if (chars) groups.push([...chars].map((c) => this.hanPostings.get(c)!).filter(Boolean));
      }
      if (r.length <= 12) {
        for (let i = 0; i + 1 < r.length; i++) {
          const list = this.initialPairPostings.get(r.slice(i, i + 2));
          if (list) groups.push([list]);
        }
      }
    }
    return groups.slice(0, 64);
  }

  /** Full pinyin split greedily into the syllables the index knows (longest first); [] when it does not split. */
  private segmentPinyin(r: string): string[] {
    const out: string[] = [];
    for (let p = 0; p < r.length; ) {
      let len = Math.min(6, r.length - p);
      while (len > 0 && !this.syllableChars.has(r.slice(p, p + len))) len--;
      if (len === 0) return out.length >= 1 && r.length - p <= 2 ? out : [];
      out.push(r.slice(p, p + len));
      p += len;
    }
    return out;
  }

  /** Per-entry scratch of `candidates`, reused: the weight so far and the last group counted. */
  private weights = new Float64Array(0);
  private lastGroup = new Int32Array(0);
  private pass = 0;

  /** The entries most worth a close look for this query. */
  private candidates(query: PreparedQuery, labels: ReadonlySet<string> | null): number[] {
    const live = this.entries.length - this.deadEntries || 1;
    const groups = this.keyGroups(query)
      .map((lists) => ({ lists, df: lists.reduce((n, l) => n + l.length, 0) }))
      .sort((a, b) => a.df - b.df);
    if (this.weights.length < this.entries.length) {
      this.weights = new Float64Array(this.entries.length * 2);
      this.lastGroup = new Int32Array(this.entries.length * 2);
      this.pass = 0;
    }
    if (this.pass > 2e9) {
      this.lastGroup.fill(0);
      this.pass = 0;
    }
    const weights = this.weights;
    const lastGroup = this.lastGroup;
    const touched: number[] = [];
    for (const { lists, df } of groups) {
      const mark = ++this.pass;
      const weight = Math.log(1 + live / df);
      let budget = SCAN_CAP;
      for (const list of lists) {
        const n = Math.min(list.length, budget);
        budget -= n;
        for (let i = 0; i < n; i++) {
          const e = list[i]!;
          if (lastGroup[e] === mark) continue;
          lastGroup[e] = mark;
          if (weights[e] === 0) {
            const entry = this.entries[e];
            if (!entry || (labels && !this.entities[entry.entity]!.labels.some((l) => labels.has(l)))) continue;
            touched.push(e);
          }
          weights[e] = weights[e]! + weight;
        }
        if (budget <= 0) break;
      }
    }
    const lengthOf = (e: number) => this.entries[e]!.length;
    const ranked = touched.sort((a, b) => weights[b]! - weights[a]! || lengthOf(a) - lengthOf(b)).slice(0, CANDIDATES);
    for (const e of touched) weights[e] = 0;
    return ranked;
  }

  private labelled(e: number, labels: ReadonlySet<string> | null): boolean {
    return !labels || this.entities[this.entries[e]!.entity]!.labels.some((l) => labels.has(l));
  }

  /** The entities whose names match `text` best, one match per entity (its best name). */
  find(text: string | PreparedQuery, options: FindOptions): EntityMatch[] {
    const query = typeof text === 'string' ? prepareQuery(text) : text;
    if (query.folded.chars.length === 0) return [];
    const labels = options.labels ? new Set(options.labels) : null;
    const exclude = new Set(options.exclude ?? []);
    const best = new Map<number, EntityMatch>();
    // Without PARTIAL matches, an all-Chinese query matches only names holding its characters:
    // when few do, they are all looked at, and the postings of its common characters are not read.
    const holders = exclude.has('PARTIAL') ? this.holders(query, CANDIDATES) : null;
    const looked = holders && holders.length <= CANDIDATES ? holders.filter((e) => this.labelled(e, labels)) : this.candidates(query, labels);
    for (const e of looked) {
      const entry = this.entries[e]!;
      const match = matchName(query, this.preparedEntry(e));
      if (!match || exclude.has(match.kind)) continue;
      const score = match.score * FIELD_WEIGHT[entry.field];
      const seen = best.get(entry.entity);
      if (!seen || score > seen.score) {
        best.set(entry.entity, { ...match, score, entity: this.entities[entry.entity]!, field: entry.field, text: entry.text });
      }
    }
    return keepBest([...best.values()], options);
  }

  /** The entities with a name or alias that folds to exactly this text (folded), alive. */
  exactly(folded: string): EntityMatch[] {
    const out = new Map<number, EntityMatch>();
    for (const e of this.exact.get(folded) ?? []) {
      const entry = this.entries[e];
      if (!entry || out.has(entry.entity)) continue;
      out.set(entry.entity, { kind: 'EXACT', score: FIELD_WEIGHT[entry.field], ranges: [[0, entry.text.length]], entity: this.entities[entry.entity]!, field: entry.field, text: entry.text });
    }
    return [...out.values()];
  }

  /**
   * The live entries whose name holds every character of the query, or of one of its variants,
   * at most `max` + 1 of them; null when a text has characters other than Chinese. For an
   * all-Chinese query these are the only names it can match but PARTIALly: every other kind
   * finds the query (or a variant) in the name, in order.
   */
  private holders(query: PreparedQuery, max: number): number[] | null {
    const found = new Set<number>();
    for (const text of [query, ...query.variants]) {
      const chars = text.folded.chars;
      if (chars.length === 0 || !chars.every(isHan)) return null;
      const lists: number[][] = [];
      for (const c of new Set(chars)) {
        const list = this.hanPostings.get(c);
        if (!list) break;
        lists.push(list);
      }
      if (lists.length < new Set(chars).size) continue;
      lists.sort((a, b) => a.length - b.length);
      const [rarest, ...others] = lists;
      for (const e of rarest!) {
        if (this.entries[e] === null || found.has(e) || !others.every((list) => sortedHas(list, e))) continue;
        found.add(e);
        if (found.size > max) return [...found];
      }
    }
    return [...found];
  }

  /** The lengths (folded characters, at least 2) of the names starting with this folded character, longest first. */
  exactLengths(first: string): readonly number[] {
    return this.exactLengthsOf.get(first) ?? [];
  }

  /** The longest folded name, in characters. */
  get longest(): number {
    return this.longestName;
  }

  /** How `text` matches the names of one entity (its best name), without the index: for a span already found. */
  matchEntity(text: string | PreparedQuery, id: string): EntityMatch | null {
    const k = this.entityIndex.get(id);
    if (k === undefined) return null;
    const query = typeof text === 'string' ? prepareQuery(text) : text;
    let best: EntityMatch | null = null;
    for (const e of this.entriesOf.get(k) ?? []) {
      const entry = this.entries[e]!;
      const match = matchName(query, this.preparedEntry(e));
      if (!match) continue;
      const score = match.score * FIELD_WEIGHT[entry.field];
      if (!best || score > best.score) best = { ...match, score, entity: this.entities[k]!, field: entry.field, text: entry.text };
    }
    return best;
  }
}

/** Whether the ascending list holds `value` (postings are in entry order). */
function sortedHas(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
