import { createHash } from 'node:crypto';
import { type EntityMatch, findMentions, foldedString, type NameIndex } from '../data/name-matcher/index.js';
import { primaryLabel } from '../data/rows.js';
import { type CandidateDraft, type LinkedMention, proposeFacts } from './rules.js';

/** Two matches this close in score are equally likely: the mention lists both instead of guessing. */
const TIE = 0.05;

/** A mention as stored: a plain node naming the entities it may stand for. */
export interface MentionRecord {
  id: string;
  paragraph: number;
  /** [start, end): UTF-16 offsets (JavaScript string indices) into the paragraph's text. */
  start: number;
  end: number;
  text: string;
  /** The entity it names; several when it is ambiguous. */
  entityIds: string[];
  matchKinds: string[];
  ambiguous: boolean;
}

/** A candidate as stored: a plain node, its properties flattened (Neo4j properties cannot hold maps). */
export interface CandidateRecord {
  id: string;
  paragraph: number;
  quote: string;
  rule: string;
  confidence: number;
  kind: 'ENTITY' | 'RELATIONSHIP';
  label: string | null;
  name: string | null;
  nameEn: string | null;
  fromId: string | null;
  fromName: string | null;
  fromLabel: string | null;
  relType: string | null;
  toId: string | null;
  toName: string | null;
  toLabel: string | null;
  /** The proposed properties as a JSON object. */
  properties: string;
}

/** A short form stands for at least half of its name: 合作开放 is not a mention of a 30-character title. */
const MIN_SHORT_FORM_SHARE = 0.5;

/** The matches a mention is left with: the best, or all those tied with it; short forms of much longer names dropped. */
function likely(mention: string, matches: EntityMatch[]): EntityMatch[] {
  const seen = new Set<string>();
  const kept = matches.filter((m) => m.kind !== 'ABBREVIATION' || mention.length >= MIN_SHORT_FORM_SHARE * m.text.length);
  const best = kept[0]?.score ?? 0;
  return kept.filter((m) => m.score >= best - TIE && !seen.has(m.entity.id) && seen.add(m.entity.id));
}

/** The same fact from the same paragraph by the same rule has the same id, whenever the source is processed. */
function candidateId(sourceId: string, draft: CandidateDraft): string {
  const key = JSON.stringify([
    draft.paragraph,
    draft.rule,
    draft.kind,
    draft.entity?.label ?? null,
    draft.entity?.name ?? null,
    draft.from?.id ?? draft.from?.name ?? null,
    draft.type ?? null,
    draft.to?.id ?? draft.to?.name ?? null,
  ]);
  return `${sourceId}#fact-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function toRecord(sourceId: string, draft: CandidateDraft): CandidateRecord {
  return {
    id: candidateId(sourceId, draft),
    paragraph: draft.paragraph,
    quote: draft.quote,
    rule: draft.rule,
    confidence: draft.confidence,
    kind: draft.kind,
    label: draft.entity?.label ?? null,
    name: draft.entity?.name ?? null,
    nameEn: draft.entity?.nameEn ?? null,
    fromId: draft.from?.id ?? null,
    fromName: draft.from?.name ?? null,
    fromLabel: draft.from?.label ?? null,
    relType: draft.type ?? null,
    toId: draft.to?.id ?? null,
    toName: draft.to?.name ?? null,
    toLabel: draft.to?.label ?? null,
    properties: JSON.stringify(draft.entity?.properties ?? draft.properties),
  };
}

export interface Analysis {
  mentions: MentionRecord[];
  candidates: CandidateRecord[];
}

/**
 * The mentions of known entities in a source's paragraphs (the name matcher search uses) and the
 * facts its cue patterns propose. Pure: the caller gives the name index and stores the result.
 */
export function analyseSource(sourceId: string, paragraphs: readonly string[], index: NameIndex, year: number | null): Analysis {
  const mentions: MentionRecord[] = [];
  const candidates = new Map<string, CandidateRecord>();
  const personNamed = (name: string): string | null => {
    const people = index.exactly(foldedString(name)).filter((m) => m.entity.labels.includes('Person'));
    return people.length === 1 ? people[0]!.entity.id : null;
  };
  paragraphs.forEach((text, i) => {
    const paragraph = i + 1;
    const linked: LinkedMention[] = [];
    for (const mention of findMentions(index, text)) {
      const matches = likely(mention.text, mention.matches);
      if (matches.length === 0) continue;
      const ambiguous = matches.length > 1;
      mentions.push({
        id: `${sourceId}#${paragraph}@${mention.start}`,
        paragraph,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        entityIds: matches.map((m) => m.entity.id),
        matchKinds: matches.map((m) => m.kind),
        ambiguous,
      });
      const only = ambiguous ? null : matches[0]!;
      linked.push({ start: mention.start, end: mention.end, text: mention.text, entityId: only?.entity.id ?? null, label: only ? primaryLabel([...only.entity.labels]) : null });
    }
    for (const draft of proposeFacts(paragraph, text, linked, year, personNamed)) {
      const record = toRecord(sourceId, draft);
      candidates.set(record.id, record);
    }
  });
  return { mentions, candidates: [...candidates.values()] };
}
