import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { defineQuery } from '../db/cypher.js';
import { toJson } from '../data/audit/change.js';
import { CANDIDATE_STATUSES } from '../sources/rows.js';
import { byCodePoint } from './format.js';
import { missingParagraph, type RecordKind, UnexportableError, unknownKeys } from './record-kind.js';

/**
 * The records of documents added as sources (src/sources/): the mentions of known entities linked
 * in their paragraphs, and the fact candidates proposed from them with their review state. Both
 * are plain nodes that name their source; a backup keeps them in one file per source.
 */

const strings = z.array(z.string());
const text = z.string().min(1);
const count = z.number().int().nonnegative();

/** Stored properties as JSON values (integers and dates as numbers and strings). */
function plain(record: Record<string, unknown>): Record<string, unknown> {
  return toJson(record) as Record<string, unknown>;
}

/** Copies `keys` that the record holds, in that order: the order of the keys in a file. */
function present<K extends string>(record: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (record[key] !== undefined && record[key] !== null) out[key] = record[key];
  return out;
}

function required(record: Record<string, unknown>, keys: readonly string[], what: string): void {
  const missing = keys.filter((key) => record[key] === undefined || record[key] === null);
  if (missing.length > 0) throw new UnexportableError(`${what} lacks ${missing.join(', ')}`);
}

// ------------------------------------------------------------------------------- mentions

const MENTION_KEYS = ['id', 'source', 'paragraph', 'start', 'end', 'text', 'entityIds', 'matchKinds', 'ambiguous'] as const;

const mentionSchema = z
  .object({
    id: text,
    source: text,
    paragraph: count,
    start: count,
    end: count,
    text,
    entityIds: strings,
    matchKinds: strings,
    ambiguous: z.boolean(),
  })
  .strict();
export type MentionEntry = z.infer<typeof mentionSchema>;

const restoreMentions = defineQuery<{ records: unknown[] }, never>('restoreMentions');

export const mentions: RecordKind<MentionEntry> = {
  folder: 'mentions',
  page: defineQuery('backupMentions'),
  toEntry(row) {
    const record = plain(row.record as Record<string, unknown>);
    unknownKeys(record, new Set(MENTION_KEYS), `mention ${row.id}`);
    required(record, MENTION_KEYS, `mention ${row.id}`);
    return present(record, MENTION_KEYS) as MentionEntry;
  },
  fileOf: (entry) => `${entry.source}.yaml`,
  compare: (a, b) => a.paragraph - b.paragraph || a.start - b.start || byCodePoint(a.id, b.id),
  schema: mentionSchema,
  check(entry, index) {
    const missing = missingParagraph(index, entry.source, entry.paragraph);
    if (missing) return [missing];
    const paragraph = index.paragraphs.get(entry.source)!.get(entry.paragraph)!;
    return paragraph.slice(entry.start, entry.end) === entry.text
      ? []
      : [`text: "${entry.text}" is not what paragraph ${entry.paragraph} holds from ${entry.start} to ${entry.end}`];
  },
  async write(tx, entries) {
    await restoreMentions.run(tx, {
      records: entries.map((entry) => ({
        id: entry.id,
        properties: { ...entry, paragraph: neo4j.int(entry.paragraph), start: neo4j.int(entry.start), end: neo4j.int(entry.end) },
      })),
    });
  },
};

// ------------------------------------------------------------------------ fact candidates

/** In the order a file lists them. */
const CANDIDATE_KEYS = [
  'id',
  'source',
  'paragraph',
  'quote',
  'rule',
  'confidence',
  'kind',
  'label',
  'name',
  'nameEn',
  'fromId',
  'fromName',
  'fromLabel',
  'relType',
  'toId',
  'toName',
  'toLabel',
  'properties',
  'status',
  'proposedAt',
  'reviewedBy',
  'reviewedAt',
  'reason',
  'entityIds',
  'changeIds',
  'reviewLock',
] as const;
const CANDIDATE_REQUIRED = ['id', 'source', 'paragraph', 'quote', 'rule', 'confidence', 'kind', 'properties', 'status'];

const optionalText = text.optional();
const candidateSchema = z
  .object({
    id: text,
    source: text,
    paragraph: count,
    quote: text,
    rule: text,
    confidence: z.number(),
    kind: z.enum(['ENTITY', 'RELATIONSHIP']),
    label: optionalText,
    name: optionalText,
    nameEn: optionalText,
    fromId: optionalText,
    fromName: optionalText,
    fromLabel: optionalText,
    relType: optionalText,
    toId: optionalText,
    toName: optionalText,
    toLabel: optionalText,
    /** The proposed properties, as the JSON text they are stored as. */
    properties: z.string(),
    status: z.enum(CANDIDATE_STATUSES),
    proposedAt: optionalText,
    reviewedBy: optionalText,
    reviewedAt: optionalText,
    reason: optionalText,
    entityIds: strings.optional(),
    changeIds: strings.optional(),
    reviewLock: count.optional(),
  })
  .strict();
export type CandidateEntry = z.infer<typeof candidateSchema>;

const restoreFactCandidates = defineQuery<{ records: unknown[] }, never>('restoreFactCandidates');

export const factCandidates: RecordKind<CandidateEntry> = {
  folder: 'candidates',
  page: defineQuery('backupFactCandidates'),
  toEntry(row) {
    const record = plain(row.record as Record<string, unknown>);
    unknownKeys(record, new Set(CANDIDATE_KEYS), `fact candidate ${row.id}`);
    required(record, CANDIDATE_REQUIRED, `fact candidate ${row.id}`);
    return present(record, CANDIDATE_KEYS) as CandidateEntry;
  },
  fileOf: (entry) => `${entry.source}.yaml`,
  compare: (a, b) => a.paragraph - b.paragraph || byCodePoint(a.id, b.id),
  schema: candidateSchema,
  check(entry, index) {
    const reasons: string[] = [];
    const missing = missingParagraph(index, entry.source, entry.paragraph);
    if (missing) reasons.push(missing);
    else if (!index.paragraphs.get(entry.source)!.get(entry.paragraph)!.includes(entry.quote)) {
      reasons.push(`quote: not verbatim in paragraph ${entry.paragraph} of ${entry.source}`);
    }
    const changes = index.recordIds.get('changes') ?? new Set<string>();
    for (const id of entry.changeIds ?? []) if (!changes.has(id)) reasons.push(`changeIds: no change record with id ${id}`);
    const reviewed = entry.status !== 'PENDING';
    if (reviewed && (entry.reviewedBy === undefined || entry.reviewedAt === undefined)) {
      reasons.push(`status: ${entry.status} needs reviewedBy and reviewedAt`);
    }
    if (!reviewed && entry.reviewedAt !== undefined) reasons.push('status: PENDING, yet it has reviewedAt');
    return reasons;
  },
  async write(tx, entries) {
    await restoreFactCandidates.run(tx, {
      records: entries.map(({ proposedAt, reviewedAt, ...entry }) => ({
        id: entry.id,
        proposedAt: proposedAt ?? null,
        reviewedAt: reviewedAt ?? null,
        properties: {
          ...entry,
          paragraph: neo4j.int(entry.paragraph),
          ...(entry.reviewLock === undefined ? {} : { reviewLock: neo4j.int(entry.reviewLock) }),
        },
      })),
    });
  },
};
