import { type MatchKind, matchName, mayMatch, type NameMatch, type PreparedName, prepareName, type PreparedQuery } from './match.js';

/** Which name of an entity matched. */
export type NameField = 'NAME' | 'NAME_EN' | 'ALIAS';

/** What the matcher knows of an entity: its names, and its labels for filtering. */
export interface NamedEntity {
  id: string;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  labels: readonly string[];
}

export interface EntityMatch extends NameMatch {
  entity: NamedEntity;
  field: NameField;
  /** The name, English name or alias that matched, as stored. */
  text: string;
}

export interface FindOptions {
  /** Only entities with one of these labels; null or absent for all. */
  labels?: readonly string[] | null;
  /** At most this many entities, best first. */
  limit: number;
  /** Leave out matches below this score (0..1). */
  minScore?: number;
  /** Leave out these kinds of match (mention linking wants no PARTIAL, say). */
  exclude?: readonly MatchKind[];
}

/** A field's weight: an alias (a short form or variant) counts a little less than a name. */
export const FIELD_WEIGHT: Record<NameField, number> = { NAME: 1, NAME_EN: 1, ALIAS: 0.85 };

/** An entity's names, each once: [field, text]. */
export function namesOf(entity: NamedEntity): [NameField, string][] {
  const seen = new Set<string>();
  const out: [NameField, string][] = [];
  for (const [field, text] of [['NAME', entity.name], ['NAME_EN', entity.nameEn], ...entity.aliases.map((a) => ['ALIAS', a])] as [NameField, string][]) {
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push([field, text]);
  }
  return out;
}

/** How `query` matches the best of an entity's names, weighted by field; null when none matches. */
export function matchEntity(
  query: PreparedQuery,
  entity: NamedEntity,
  exclude: ReadonlySet<MatchKind> = new Set(),
  prepared: (text: string) => PreparedName = prepareName,
): EntityMatch | null {
  let best: EntityMatch | null = null;
  for (const [field, text] of namesOf(entity)) {
    if (!mayMatch(query, text)) continue;
    const match = matchName(query, prepared(text));
    if (!match || exclude.has(match.kind)) continue;
    const score = match.score * FIELD_WEIGHT[field];
    if (!best || score > best.score) best = { ...match, score, entity, field, text };
  }
  return best;
}

/**
 * The best matches of different entities (excluded kinds left out already), kept and ordered: partial matches only when nothing matched
 * better (never empty, never noise), best score first, then the shorter name, then id.
 */
export function keepBest(matches: readonly EntityMatch[], options: FindOptions): EntityMatch[] {
  const all = matches.filter((m) => m.score >= (options.minScore ?? 0));
  const kept = all.some((m) => m.kind !== 'PARTIAL') ? all.filter((m) => m.kind !== 'PARTIAL') : all;
  return kept
    .sort((a, b) => b.score - a.score || a.entity.name.length - b.entity.name.length || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, options.limit);
}

/** The given entities (the candidates of an index) that `query` matches, best first. */
export function matchEntities(query: PreparedQuery, entities: readonly NamedEntity[], options: FindOptions): EntityMatch[] {
  const labels = options.labels ? new Set(options.labels) : null;
  const exclude = new Set(options.exclude ?? []);
  const matches: EntityMatch[] = [];
  for (const entity of entities) {
    if (labels && !entity.labels.some((l) => labels.has(l))) continue;
    const match = matchEntity(query, entity, exclude);
    if (match) matches.push(match);
  }
  return keepBest(matches, options);
}
