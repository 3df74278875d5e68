import type { Driver } from 'neo4j-driver';
import { defineQuery } from '../db/cypher.js';
import { type NamedEntity, NameIndex } from './name-matcher/index.js';
import type { ReadPort } from './port.js';

/** An entity's names as the statements return them: [id, name, nameEn, aliases, labels]. */
export type NameRecord = [id: string, name: string, nameEn: string | null, aliases: string[] | null, labels: string[]];

export const namedEntity = ([id, name, nameEn, aliases, labels]: NameRecord): NamedEntity => ({
  id,
  name,
  nameEn: nameEn ?? '',
  aliases: aliases ?? [],
  labels,
});

/** What the names were read at: the number of entities and the newest change record. */
export interface NamesVersion {
  entityCount: number;
  lastChangeId: string | null;
  lastChangeAt: string | null;
}

const allNames = defineQuery<Record<string, never>, { entity: NameRecord }>('nameIndexEntities');
const changedSince = defineQuery<{ since: string }, { id: string; entity: NameRecord | null }>('nameIndexChangedSince');

/** Change records are re-read from this long before the newest one seen: commits may land out of `at` order. */
const OVERLAP_MS = 60_000;

const sameVersion = (a: NamesVersion, b: NamesVersion): boolean =>
  a.entityCount === b.entityCount && a.lastChangeId === b.lastChangeId && a.lastChangeAt === b.lastChangeAt;

/**
 * The in-process name index of one database, kept in step with its writes: every search reads
 * the names' version (the entity count and the newest change record) in its own statement, and
 * hands it here. A new change record updates the entities it names; a count that changed
 * without one (a bulk load, generated data) rebuilds the index. Concurrent searches share one
 * refresh.
 */
export class NameIndexStore {
  private index: NameIndex | null = null;
  private version: NamesVersion | null = null;
  private refreshing: Promise<NameIndex> | null = null;

  /** The index as of `version` (read by the caller's statement) or later. */
  async at(ctx: ReadPort, version: NamesVersion): Promise<NameIndex> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.index && this.version && sameVersion(this.version, version)) return this.index;
      this.refreshing ??= this.refresh(ctx, version).finally(() => {
        this.refreshing = null;
      });
      await this.refreshing; // another search's refresh may have been for an older version: look again
    }
    return this.index!;
  }

  private async refresh(ctx: ReadPort, version: NamesVersion): Promise<NameIndex> {
    const previous = this.version;
    const incremental =
      this.index !== null && previous !== null && previous.lastChangeAt !== null && version.lastChangeId !== previous.lastChangeId;
    if (incremental) {
      // Neo4j writes a zoned date-time as `…Z[UTC]`; Date.parse takes it without the zone name.
      const since = new Date(Date.parse(previous.lastChangeAt!.replace(/\[[^\]]*\]$/, '')) - OVERLAP_MS).toISOString();
      const rows = await ctx.read((tx) => changedSince.run(tx, { since }, ctx.roundTrips));
      for (const row of rows) {
        if (row.entity) this.index!.upsert(namedEntity(row.entity));
        else this.index!.remove(row.id);
      }
      if (this.index!.size === version.entityCount) {
        this.version = version;
        return this.index!;
      }
    }
    const rows = await ctx.read((tx) => allNames.run(tx, {}, ctx.roundTrips));
    this.index = new NameIndex(rows.map((row) => namedEntity(row.entity)));
    this.version = version;
    return this.index;
  }
}

const stores = new WeakMap<Driver, Map<string, NameIndexStore>>();

/** The store of a driver's database, shared by every request of the process. */
export function nameIndexStoreOf(driver: Driver, database: string): NameIndexStore {
  let byDatabase = stores.get(driver);
  if (!byDatabase) stores.set(driver, (byDatabase = new Map()));
  let store = byDatabase.get(database);
  if (!store) byDatabase.set(database, (store = new NameIndexStore()));
  return store;
}
