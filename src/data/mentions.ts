import { defineQuery, type QueryObserver } from '../db/cypher.js';
import type { Read } from '../db/request-database.js';

/** A stored mention of known entities in a paragraph of a source. */
export interface MentionRow {
  id: string;
  source: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  entityIds: string[];
  ambiguous: boolean;
}

export function toMentionRow(raw: Record<string, unknown>): MentionRow {
  return {
    id: String(raw.id),
    source: String(raw.source),
    paragraph: Number(raw.paragraph),
    start: Number(raw.start),
    end: Number(raw.end),
    text: String(raw.text),
    entityIds: (raw.entityIds as string[] | undefined) ?? [],
    ambiguous: raw.ambiguous === true,
  };
}

/** The first `first` mentions that may stand for one entity. */
export interface EntityMentionsKey {
  entityId: string;
  first: number;
}

const mentionsOfEntities = defineQuery<{ keys: readonly EntityMentionsKey[] }, { mentions: Record<string, unknown>[] }>('mentionsOfEntities');

/** The mentions of several entities in one statement, in key order (the `mentions` loader). */
export async function loadEntityMentions(read: Read, observer: QueryObserver, keys: readonly EntityMentionsKey[]): Promise<MentionRow[][]> {
  const rows = await read((tx) => mentionsOfEntities.run(tx, { keys }, observer));
  return rows.map((row) => row.mentions.map(toMentionRow));
}
