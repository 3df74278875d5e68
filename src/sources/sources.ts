import neo4j from 'neo4j-driver';
import { requireRole } from '../auth/caller.js';
import type { NameRecord } from '../data/name-keys.js';
import { NameIndex, type NamedEntity, shortFormQueries, writtenNameQueries } from '../data/name-matcher/index.js';
import { namedEntity } from '../data/search.js';
import { defineQuery } from '../db/cypher.js';
import { requireDate, requireText } from '../editing/validate.js';
import { badUserInput, conflict, notFound } from '../model/errors.js';
import { type Analysis, analyseSource, type CandidateRecord } from './analyse.js';
import type { SourcesPort } from './port.js';
import {
  type CandidateStatus,
  CANDIDATE_STATUSES,
  type FactCandidateRow,
  type MentionRow,
  type SourceRow,
  toCandidateRow,
  toMentionRow,
  toSourceRow,
} from './rows.js';
import { checkSourceText, sourceIdOf } from './text.js';

type Raw = Record<string, unknown>;
const sourceClashes = defineQuery<{ contentHash: string; title: string }, { sameText: Raw | null; sameTitle: Raw | null }>('sourceClashes');
const lockSources = defineQuery<Record<string, never>, never>('lockSources');
const createSource = defineQuery<{ source: Raw; paragraphs: { number: unknown; text: string }[] }, { source: Raw }>('createSource');
const sourceList = defineQuery<{ first: number }, { source: Raw }>('sourceList');
const sourceById = defineQuery<{ id: string }, { source: Raw }>('sourceById');
const sourceParagraphs = defineQuery<{ id: string }, { number: unknown; text: string }>('sourceParagraphs');
const documentNameCandidates = defineQuery<{ queries: string[]; limit: unknown }, { entity: NameRecord }>('documentNameCandidates');
const documentPairNames = defineQuery<{ pairs: string[]; limit: unknown }, { entity: NameRecord }>('documentPairNames');
const replaceMentions = defineQuery<{ source: string; mentions: unknown[] }, never>('replaceMentions');
const writeCandidates = defineQuery<{ source: string; candidates: unknown[] }, { created: unknown }>('writeCandidates');
const candidateStates = defineQuery<{ source: string }, { id: string; status: string }>('candidateStates');
const factsExisting = defineQuery<{ keys: unknown[] }, { exists: boolean }>('factsExisting');
const mentionsOfSourceQuery = defineQuery<{ source: string }, { mention: Raw }>('mentionsOfSource');
const candidatesOfSourceQuery = defineQuery<{ source: string; status: string | null }, { candidate: Raw }>('candidatesOfSource');

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const MAX_LIST = 100;

export interface AddSourceInput {
  text: unknown;
  title: unknown;
  publisher?: unknown;
  publishedOn?: unknown;
  url?: unknown;
  language?: unknown;
}

export interface AddSourceResult {
  source: SourceRow;
  /** False when a source with the same text was stored already: nothing changed. */
  created: boolean;
  message: string;
  mentionCount: number;
  candidateCount: number;
}

const optional = <T>(value: unknown, check: (v: unknown) => T): T | null => (value === undefined || value === null ? null : check(value));

function checkUrl(value: unknown, argument: string): string {
  const text = requireText(value, argument, 2000);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput(`${argument} is not a URL: "${text.slice(0, 100)}"`, argument);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badUserInput(`${argument} must be an http or https URL`, argument);
  return url.href;
}

/** zh when at least a fifth of the letters are Chinese characters, otherwise en. */
function guessLanguage(paragraphs: readonly string[]): string {
  const sample = paragraphs.join('').slice(0, 5000);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters > 0 && han / letters >= 0.2 ? 'zh' : 'en';
}

/** Entities per query of the names written at most: far more than a text names. */
const WRITTEN_PER_QUERY = 5_000;
/**
 * Entities per query of the names a short form grown from a name written may stand for, at
 * most: Lucene ranks first those holding most (and the rarest) of the pairs around it.
 */
const GROWN_PER_QUERY = 200;
/** A pair of characters of the text left over is looked up when at most this many entities hold it. */
const PAIR_HOLDERS = 1_000;

/**
 * A name index of the entities a document may name (src/data/name-matcher/document-keys.ts):
 * the names written in its text, then the names its short forms may stand for: those holding
 * a name written and a pair of characters around it, and those holding a pair of characters of
 * the text left over that few names hold.
 */
async function namesIn(ctx: SourcesPort, paragraphs: readonly string[]): Promise<NameIndex> {
  const found = new Map<string, NamedEntity>();
  const add = (rows: { entity: NameRecord }[]) => rows.forEach((row) => found.set(row.entity[0], namedEntity(row.entity)));
  const written = writtenNameQueries(paragraphs);
  if (written.length === 0) return new NameIndex();
  add(await ctx.read((tx) => documentNameCandidates.run(tx, { queries: written, limit: neo4j.int(WRITTEN_PER_QUERY) }, ctx.roundTrips)));
  const { grown, pairs } = shortFormQueries(paragraphs, found.values());
  await ctx.read(async (tx) => {
    if (grown.length > 0) add(await documentNameCandidates.run(tx, { queries: grown, limit: neo4j.int(GROWN_PER_QUERY) }, ctx.roundTrips));
    if (pairs.length > 0) add(await documentPairNames.run(tx, { pairs, limit: neo4j.int(PAIR_HOLDERS) }, ctx.roundTrips));
  });
  return new NameIndex(found.values());
}

const yearOf = (publishedOn: string | null): number | null => (publishedOn ? Number(publishedOn.slice(0, 4)) : null);

/** The candidates not already in the graph: a relationship it holds, or an entity of that label and name. */
async function newFacts(ctx: SourcesPort, tx: Parameters<Parameters<SourcesPort['write']>[0]>[0], candidates: CandidateRecord[]): Promise<CandidateRecord[]> {
  if (candidates.length === 0) return [];
  const keys = candidates.map((c) => ({ from: c.fromId, type: c.relType, to: c.toId, label: c.label, name: c.name }));
  const rows = await factsExisting.run(tx, { keys }, ctx.roundTrips);
  return candidates.filter((_, i) => !rows[i]?.exists);
}

async function storeAnalysis(ctx: SourcesPort, tx: Parameters<Parameters<SourcesPort['write']>[0]>[0], sourceId: string, analysis: Analysis) {
  const candidates = await newFacts(ctx, tx, analysis.candidates);
  const mentions = analysis.mentions.map((m) => ({ ...m, paragraph: neo4j.int(m.paragraph), start: neo4j.int(m.start), end: neo4j.int(m.end) }));
  await replaceMentions.run(tx, { source: sourceId, mentions }, ctx.roundTrips);
  await writeCandidates.run(tx, { source: sourceId, candidates: candidates.map((c) => ({ ...c, paragraph: neo4j.int(c.paragraph) })) }, ctx.roundTrips);
  const states = await candidateStates.run(tx, { source: sourceId }, ctx.roundTrips);
  return { mentionCount: mentions.length, candidateCount: states.filter((s) => s.status === 'PENDING').length };
}

/**
 * addSource: checks the document and its metadata, numbers its paragraphs, links the mentions of
 * known entities and proposes fact candidates, and stores it all in ONE write transaction. The
 * same text again (by content hash) changes nothing; a title another source has is a CONFLICT.
 */
export async function addSource(ctx: SourcesPort, input: AddSourceInput): Promise<AddSourceResult> {
  const { actor } = requireRole(ctx.caller, 'editor');
  const title = requireText(input.title, 'input.title', 300);
  const publisher = optional(input.publisher, (v) => requireText(v, 'input.publisher', 200));
  const publishedOn = optional(input.publishedOn, (v) => requireDate(v, 'input.publishedOn'));
  const url = optional(input.url, (v) => checkUrl(v, 'input.url'));
  if (typeof input.text !== 'string') throw badUserInput('input.text must be a string', 'input.text');
  const { paragraphs, contentHash } = checkSourceText(input.text, 'input.text');
  const language = optional(input.language, (v) => {
    const code = requireText(v, 'input.language', 20);
    if (!LANGUAGE.test(code)) throw badUserInput(`input.language must be a language code such as zh or en, got "${code}"`, 'input.language');
    return code;
  }) ?? guessLanguage(paragraphs);
  const id = sourceIdOf(contentHash);
  const analysis = analyseSource(id, paragraphs, await namesIn(ctx, paragraphs), yearOf(publishedOn));
  return ctx.write(async (tx) => {
    await lockSources.run(tx, {}, ctx.roundTrips);
    const [clash] = await sourceClashes.run(tx, { contentHash, title }, ctx.roundTrips);
    if (clash?.sameText) {
      const source = toSourceRow(clash.sameText);
      return { source, created: false, message: `this text is stored already as source ${source.id} ("${source.title}"): nothing changed`, mentionCount: 0, candidateCount: 0 };
    }
    if (clash?.sameTitle) {
      throw conflict(`input.title: source ${String(clash.sameTitle.id)} has the title "${String(clash.sameTitle.title)}" already`, 'input.title', { existingId: clash.sameTitle.id });
    }
    const properties = { id, title, publisher, publishedOn, url, language, contentHash, addedBy: actor, paragraphCount: neo4j.int(paragraphs.length) };
    const [row] = await createSource.run(tx, { source: properties, paragraphs: paragraphs.map((text, i) => ({ number: neo4j.int(i + 1), text })) }, ctx.roundTrips);
    const counts = await storeAnalysis(ctx, tx, id, analysis);
    return { source: toSourceRow(row!.source), created: true, message: `added source ${id} with ${paragraphs.length} paragraphs`, ...counts };
  });
}

export interface ReprocessResult {
  source: SourceRow;
  mentionCount: number;
  candidateCount: number;
}

/**
 * reprocessSource: links the source's mentions again against the graph as it is now and proposes
 * its facts again. Reviewed candidates keep their review: a rejected one is not proposed again.
 */
export async function reprocessSource(ctx: SourcesPort, idInput: unknown): Promise<ReprocessResult> {
  requireRole(ctx.caller, 'editor');
  const id = requireText(idInput, 'id', 200);
  const { source, paragraphs } = await ctx.read(async (tx) => ({
    source: (await sourceById.run(tx, { id }, ctx.roundTrips))[0]?.source,
    paragraphs: await sourceParagraphs.run(tx, { id }, ctx.roundTrips),
  }));
  if (!source) throw notFound(id);
  const row = toSourceRow(source);
  const texts = paragraphs.map((p) => p.text);
  const analysis = analyseSource(id, texts, await namesIn(ctx, texts), yearOf(row.publishedOn));
  return ctx.write(async (tx) => ({ source: row, ...(await storeAnalysis(ctx, tx, id, analysis)) }));
}

function checkFirst(first: unknown): number {
  const n = first === undefined || first === null ? 50 : Number(first);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIST) throw badUserInput(`first must be 1-${MAX_LIST}, got ${String(first)}`, 'first');
  return n;
}

export async function listSources(ctx: SourcesPort, first: unknown): Promise<SourceRow[]> {
  const rows = await ctx.read((tx) => sourceList.run(tx, { first: checkFirst(first) }, ctx.roundTrips));
  return rows.map((r) => toSourceRow(r.source));
}

export async function sourceOf(ctx: SourcesPort, id: string): Promise<SourceRow | null> {
  const [row] = await ctx.read((tx) => sourceById.run(tx, { id }, ctx.roundTrips));
  return row ? toSourceRow(row.source) : null;
}

export async function paragraphsOf(ctx: SourcesPort, id: string): Promise<{ number: number; text: string }[]> {
  const rows = await ctx.read((tx) => sourceParagraphs.run(tx, { id }, ctx.roundTrips));
  return rows.map((r) => ({ number: Number(r.number), text: r.text }));
}

export async function mentionsOfSource(ctx: SourcesPort, id: string): Promise<MentionRow[]> {
  const rows = await ctx.read((tx) => mentionsOfSourceQuery.run(tx, { source: id }, ctx.roundTrips));
  return rows.map((r) => toMentionRow(r.mention));
}

export async function mentionsOfEntity(ctx: SourcesPort, entityId: string, first: unknown): Promise<MentionRow[]> {
  // Through the request's loader: the mentions of every entity of a list in one statement.
  return ctx.loaders.mentions.load({ entityId, first: checkFirst(first) });
}

export async function candidatesOf(ctx: SourcesPort, id: string, status: unknown): Promise<FactCandidateRow[]> {
  if (status !== undefined && status !== null && !CANDIDATE_STATUSES.includes(status as CandidateStatus)) {
    throw badUserInput(`status must be one of ${CANDIDATE_STATUSES.join(', ')}`, 'status');
  }
  const rows = await ctx.read((tx) => candidatesOfSourceQuery.run(tx, { source: id, status: (status as string | null | undefined) ?? null }, ctx.roundTrips));
  return rows.map((r) => toCandidateRow(r.candidate));
}
