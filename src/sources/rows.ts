import type { CandidateRecord } from './analyse.js';

/** A stored source document, as the API returns it. */
export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  language: string;
  publishedOn: string | null;
  url: string | null;
  contentHash: string | null;
  addedAt: string | null;
  addedBy: string | null;
  paragraphCount: number | null;
}

export type { MentionRow } from '../data/mentions.js';
export { toMentionRow } from '../data/mentions.js';

export const CANDIDATE_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** A candidate as the API shows it: the stored record with its source and review state. */
export interface FactCandidateRow extends CandidateRecord {
  source: string;
  status: CandidateStatus;
  reason: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** ACCEPTED: the entities written and the change records of the acceptance. */
  entityIds: string[];
  changeIds: string[];
}

const num = (value: unknown): number => Number(value);
const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value));

export function toSourceRow(raw: Record<string, unknown>): SourceRow {
  return {
    id: String(raw.id),
    title: String(raw.title),
    publisher: text(raw.publisher),
    language: String(raw.language ?? 'zh'),
    publishedOn: text(raw.publishedOn),
    url: text(raw.url),
    contentHash: text(raw.contentHash),
    addedAt: text(raw.addedAt),
    addedBy: text(raw.addedBy),
    paragraphCount: raw.paragraphCount === undefined || raw.paragraphCount === null ? null : num(raw.paragraphCount),
  };
}

export function toCandidateRow(raw: Record<string, unknown>): FactCandidateRow {
  return {
    id: String(raw.id),
    source: String(raw.source),
    paragraph: num(raw.paragraph),
    quote: String(raw.quote),
    rule: String(raw.rule),
    confidence: num(raw.confidence),
    kind: raw.kind as FactCandidateRow['kind'],
    status: raw.status as CandidateStatus,
    label: text(raw.label),
    name: text(raw.name),
    nameEn: text(raw.nameEn),
    fromId: text(raw.fromId),
    fromName: text(raw.fromName),
    fromLabel: text(raw.fromLabel),
    relType: text(raw.relType),
    toId: text(raw.toId),
    toName: text(raw.toName),
    toLabel: text(raw.toLabel),
    properties: String(raw.properties ?? '{}'),
    reason: text(raw.reason),
    reviewedBy: text(raw.reviewedBy),
    reviewedAt: text(raw.reviewedAt),
    entityIds: (raw.entityIds as string[] | undefined) ?? [],
    changeIds: (raw.changeIds as string[] | undefined) ?? [],
  };
}
