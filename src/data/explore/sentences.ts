import { type CitationRow, citationsOf } from '../../model/citations.js';
import { type RawProperties, toEntity, toRelationship } from '../rows.js';
import type { GraphEdgeRow, PathRow, PathStepRow, RawRelationship, StepDirection } from './rows.js';

/** How paths and edges read: sentences, edge ids and merged citations of what a statement returned. */


/** The property that qualifies a relationship in a sentence, per type (short values only). */
const DETAIL_PROPERTY: Readonly<Record<string, string>> = {
  SERVES: 'role',
  CARRIES: 'role',
  INVOLVES: 'role',
  PARTICIPATES_IN: 'role',
  RUNS: 'role',
  PURSUES: 'verb',
  EXPANDS_TO: 'stage',
  APPROVES: 'what',
  COOPERATES_WITH: 'basis',
  CREDITED_ON: 'roles',
};

/** The short qualifier shown in parentheses: 董事长 for HOLDS_POSITION, 支撑 for SERVES, … */
export function relationshipDetail(type: string, properties: RawProperties): string | null {
  if (type === 'HOLDS_POSITION') {
    const title = properties.title;
    if (typeof title !== 'string') return null;
    return properties.former === true ? `原${title}` : title;
  }
  const key = DETAIL_PROPERTY[type];
  const value = key === undefined ? undefined : properties[key];
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value) && value.length > 0) return value.join(',');
  return null;
}

function arrow(type: string, detail: string | null, direction: StepDirection): string {
  const label = detail === null ? type : `${type}(${detail})`;
  return direction === 'FORWARD' ? `—${label}→` : `←${label}—`;
}

/** One step in walking order: `猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃`. */
export function stepSentence(from: string, type: string, detail: string | null, direction: StepDirection, to: string): string {
  return `${from} ${arrow(type, detail, direction)} ${to}`;
}

/** A whole path: `猪八戒网 ←HOLDS_POSITION(董事长)— 朱明跃 ←INTRODUCED_TO— 王麒 …`. */
export function pathSentence(start: string, steps: readonly { type: string; detail: string | null; direction: StepDirection; to: string }[]): string {
  return [start, ...steps.map((s) => `${arrow(s.type, s.detail, s.direction)} ${s.to}`)].join(' ');
}

/** Stable id of a relationship: (source, type, target) is unique in the dataset. */
export function edgeId(source: string, type: string, target: string): string {
  return `${source}-${type}->${target}`;
}

/** The citations of several relationships, in order, each (source, paragraph, quote) once. */
export function mergeCitations(lists: readonly (readonly CitationRow[])[]): CitationRow[] {
  const seen = new Set<string>();
  const merged: CitationRow[] = [];
  for (const citation of lists.flat()) {
    const key = `${citation.source}\u0000${citation.paragraph}\u0000${citation.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(citation);
  }
  return merged;
}

export function toEdge(raw: RawRelationship): GraphEdgeRow {
  const { properties } = raw;
  return {
    id: edgeId(raw.source, raw.type, raw.target),
    type: raw.type,
    source: raw.source,
    target: raw.target,
    detail: relationshipDetail(raw.type, properties),
    citations: citationsOf(properties),
    relationship: toRelationship(raw.type, true, properties),
  };
}

/** Turns the nodes and relationships of a path into steps in walking order. */
export function toPath(rawNodes: readonly RawProperties[], rawRelationships: readonly RawRelationship[]): Omit<PathRow, 'truncated'> {
  const nodes = rawNodes.map(toEntity);
  const steps = rawRelationships.map((raw, i): PathStepRow => {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const direction: StepDirection = raw.source === from.id ? 'FORWARD' : 'BACKWARD';
    const { properties } = raw;
    const detail = relationshipDetail(raw.type, properties);
    return {
      from,
      to,
      type: raw.type,
      direction,
      detail,
      citations: citationsOf(properties),
      sentence: stepSentence(from.name, raw.type, detail, direction, to.name),
      relationship: toRelationship(raw.type, direction === 'FORWARD', properties),
    };
  });
  return {
    length: steps.length,
    steps,
    sentence: pathSentence(nodes[0]!.name, steps.map((s) => ({ ...s, to: s.to.name }))),
  };
}

