import type { ManagedTransaction } from 'neo4j-driver';
import { requireRole } from '../auth/caller.js';
import { primaryLabel } from '../data/rows.js';
import { createEntity, link, updateEntity } from '../editing/mutations.js';
import type { EditingPort } from '../editing/port.js';
import { requireText } from '../editing/validate.js';
import { defineQuery } from '../db/cypher.js';
import { badUserInput, conflict, notFound } from '../model/errors.js';
import { dataModel } from '../model/model.js';
import type { EntityRow } from '../model/rows.generated.js';
import { pinyinName } from './rules.js';
import { type FactCandidateRow, toCandidateRow } from './rows.js';
import type { SourcesPort } from './port.js';

type Raw = Record<string, unknown>;
const lockCandidate = defineQuery<{ id: string }, { candidate: Raw }>('lockCandidate');
const setCandidateReview = defineQuery<{ id: string; review: Raw }, { candidate: Raw }>('setCandidateReview');
const entitiesByIds = defineQuery<{ ids: readonly string[] }, { node: Raw | null }>('entitiesByIds');

/** What a reviewer may change of a candidate before accepting it. */
export interface CandidateEdits {
  /** A new entity's name (of the candidate's entity, or of the relationship's new end). */
  name?: string | null;
  nameEn?: string | null;
  /** The new entity's label, or the relationship's type. */
  label?: string | null;
  type?: string | null;
  /** The existing entity a new name really is: the surface form becomes one of its aliases. */
  fromId?: string | null;
  toId?: string | null;
  /** The properties to write instead of the proposed ones, a JSON object. */
  properties?: string | null;
}

export interface AcceptResult {
  candidate: FactCandidateRow;
  entities: EntityRow[];
}

/** The candidate, locked; NOT_FOUND when there is none, CONFLICT when it was reviewed already. */
async function pending(ctx: EditingPort, tx: ManagedTransaction, id: string): Promise<FactCandidateRow> {
  const [row] = await lockCandidate.run(tx, { id }, ctx.roundTrips);
  if (!row) throw notFound(id);
  const candidate = toCandidateRow(row.candidate);
  if (candidate.status !== 'PENDING') {
    throw conflict(`candidate ${id} was ${candidate.status.toLowerCase()} already${candidate.reviewedBy ? ` by ${candidate.reviewedBy}` : ''}`, 'id');
  }
  return candidate;
}

function editedProperties(candidate: FactCandidateRow, edits: CandidateEdits, argument: string): Record<string, unknown> {
  const text = edits.properties ?? candidate.properties;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badUserInput(`${argument} is not a JSON object`, argument);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badUserInput(`${argument} is not a JSON object`, argument);
  return value as Record<string, unknown>;
}

/**
 * Accepts candidates in ONE write transaction: each is written through the editing mutations
 * (createEntity, updateEntity, link), which check it against the model and record a change citing
 * the candidate's quote, and is marked ACCEPTED with the entities and change records it made.
 */
export async function acceptCandidates(ctx: SourcesPort, requests: { id: unknown; edits?: CandidateEdits }[]): Promise<AcceptResult[]> {
  const { actor } = requireRole(ctx.caller, 'editor');
  if (requests.length === 0 || requests.length > 100) throw badUserInput('give 1-100 candidates to accept', 'ids');
  const ids = requests.map((r, i) => requireText(r.id, requests.length === 1 ? 'input.id' : `ids[${i}]`, 300));
  return ctx.write(async (tx) => {
    // The editing mutations run inside this transaction: their change records commit with it, or nothing does.
    const inner: EditingPort = { ...ctx, write: (work) => work(tx) };
    const results: AcceptResult[] = [];
    for (const [i, request] of requests.entries()) {
      results.push(await acceptOne(inner, tx, ids[i]!, request.edits ?? {}, actor));
    }
    return results;
  });
}

async function acceptOne(ctx: EditingPort, tx: ManagedTransaction, id: string, edits: CandidateEdits, actor: string): Promise<AcceptResult> {
  const candidate = await pending(ctx, tx, id);
  const source = { citation: { source: candidate.source, paragraph: candidate.paragraph, quote: candidate.quote } };
  const properties = editedProperties(candidate, edits, 'input.properties');
  const entities: EntityRow[] = [];
  const changeIds: string[] = [];
  const created = async (label: string, name: string, nameEn: string, own: Record<string, unknown>) => {
    if (!dataModel().labels[label]) throw badUserInput(`input.label: ${label} is not an entity type`, 'input.label');
    const result = await createEntity(ctx, label, { ...own, name, nameEn, source });
    entities.push(result.entity);
    if (result.change) changeIds.push(result.change.id);
    return result.entity.id;
  };
  /** An existing entity named `surface` in the text: the surface form becomes an alias when it is a new name for it. */
  const existing = async (entityId: string, surface: string | null, argument: string) => {
    const [row] = await entitiesByIds.run(tx, { ids: [entityId] }, ctx.roundTrips);
    if (!row?.node) throw badUserInput(`${argument}: no entity with id "${entityId}"`, argument);
    const node = row.node;
    const aliases = (node.aliases as string[] | undefined) ?? [];
    if (surface && surface !== node.name && !aliases.includes(surface)) {
      const result = await updateEntity(ctx, primaryLabel(node.labels as string[]), { id: entityId, aliases: [...aliases, surface], source });
      entities.push(result.entity);
      if (result.change) changeIds.push(result.change.id);
    }
    return entityId;
  };
  if (candidate.kind === 'ENTITY') {
    const label = edits.label ?? candidate.label!;
    const name = edits.name ?? candidate.name!;
    if (edits.fromId) await existing(edits.fromId, candidate.name, 'input.fromId');
    else await created(label, name, edits.nameEn ?? (edits.name ? pinyinName(name, label === 'Person') : candidate.nameEn!), properties);
  } else {
    const end = async (idGiven: string | null | undefined, id: string | null, name: string, label: string, argument: string) => {
      if (idGiven) return existing(idGiven, name, argument);
      if (id) return id;
      const finalName = edits.name ?? name;
      return created(label, finalName, edits.nameEn ?? pinyinName(finalName, label === 'Person'), {});
    };
    const from = await end(edits.fromId, candidate.fromId, candidate.fromName!, candidate.fromLabel!, 'input.fromId');
    const to = await end(edits.toId, candidate.toId, candidate.toName!, candidate.toLabel!, 'input.toId');
    const linked = await link(ctx, { from, type: edits.type ?? candidate.relType!, to, properties, source });
    entities.push(linked.from, linked.to);
    if (linked.change) changeIds.push(linked.change.id);
  }
  const [row] = await setCandidateReview.run(
    tx,
    { id, review: { status: 'ACCEPTED', reviewedBy: actor, reason: null, entityIds: [...new Set(entities.map((e) => e.id))], changeIds } },
    ctx.roundTrips,
  );
  return { candidate: toCandidateRow(row!.candidate), entities };
}

/** Rejects a candidate with a reason; it stays rejected when its source is processed again. */
export async function rejectCandidate(ctx: SourcesPort, input: { id: unknown; reason: unknown }): Promise<FactCandidateRow> {
  const { actor } = requireRole(ctx.caller, 'editor');
  const id = requireText(input.id, 'input.id', 300);
  const reason = requireText(input.reason, 'input.reason', 500);
  return ctx.write(async (tx) => {
    await pending(ctx, tx, id);
    const [row] = await setCandidateReview.run(tx, { id, review: { status: 'REJECTED', reviewedBy: actor, reason, entityIds: [], changeIds: [] } }, ctx.roundTrips);
    return toCandidateRow(row!.candidate);
  });
}
