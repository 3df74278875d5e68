import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { defineQuery, type QueryObserver } from '../../db/cypher.js';
import { citationProperties } from '../../model/citations.js';
import type { RawProperties } from '../rows.js';
import { type ChangeEntry, type ChangeInput, type ChangeRow, type JsonValue, type RecordedChange, toChangeRow, toJson } from './change.js';

/** The write path of the audit trail: a change record, written in the transaction of the change it records. */

const recordChangeQuery = defineQuery<{ change: Record<string, unknown> }, { id: string; at: string }>('recordChange');

function idsOf(entry: ChangeEntry): string[] {
  return 'relationship' in entry ? [entry.relationship.from, entry.relationship.to] : [entry.entityId];
}

function normalised(entry: ChangeEntry): ChangeEntry {
  const kind = entry.kind ?? 'PROPERTY';
  if (kind === 'PROPERTY' && 'property' in entry) {
    return { ...entry, kind: 'PROPERTY', before: toJson(entry.before), after: toJson(entry.after) };
  }
  if ((entry.kind === 'DELETED' || entry.kind === 'UNLINKED') && entry.before) {
    return { ...entry, before: toJson(entry.before) as Record<string, JsonValue> };
  }
  return { ...entry, kind } as ChangeEntry;
}

/** The properties of the Change node for `change` (all but `at`, which the database sets). */
function storedChange(change: ChangeInput): RawProperties {
  for (const key of ['actor', 'role', 'operation'] as const) {
    if (typeof change[key] !== 'string' || change[key].trim() === '') throw new Error(`recordChange: ${key} must not be empty`);
  }
  const entityIds = [...new Set([...change.entityIds, ...change.changes.flatMap(idsOf)])];
  if (entityIds.length === 0) throw new Error('recordChange: a change must name at least one entity');
  const citation = change.source && 'citation' in change.source ? change.source.citation : undefined;
  const note = change.source && 'note' in change.source ? change.source.note : undefined;
  return {
    id: `change:${randomUUID()}`,
    actor: change.actor,
    role: change.role,
    operation: change.operation,
    entityIds,
    changes: JSON.stringify(change.changes.map(normalised)),
    ...citationProperties(citation ? [citation] : []),
    sourceNotes: note !== undefined ? [note] : [],
  };
}

/**
 * Writes one audit record in `tx`, the transaction of the change it describes: it commits or
 * rolls back with it. Call it after the change's writes (so `CHANGED` reaches entities the
 * change created; entities it deleted are kept in `entityIds` only). Throws on an empty actor,
 * role or operation, or a change naming no entity.
 */
export async function recordChange(tx: ManagedTransaction, change: ChangeInput, observer?: QueryObserver): Promise<RecordedChange> {
  const row = await recordChangeRow(tx, change, observer);
  return { id: row.id, at: row.at };
}

/** recordChange, returning the record as the API shows it. */
export async function recordChangeRow(tx: ManagedTransaction, change: ChangeInput, observer?: QueryObserver): Promise<ChangeRow> {
  const stored = storedChange(change);
  const [row] = await recordChangeQuery.run(tx, { change: stored }, observer);
  if (!row) throw new Error('recordChange: the record was not written');
  return toChangeRow({ ...stored, citationParagraphs: (stored.citationParagraphs as unknown[]).map(toJson), at: row.at });
}

