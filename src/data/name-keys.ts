import neo4j, { type Driver } from 'neo4j-driver';
import { defineQuery, type QueryObserver, type QueryRunner } from '../db/cypher.js';
import { KEYS_VERSION, nameKeysOf } from './name-matcher/keys.js';

/** An entity's names as the statements return them: [id, name, nameEn, aliases, labels]. */
export type NameRecord = [id: string, name: string, nameEn: string | null, aliases: string[] | null, labels: string[]];

const staleOf = defineQuery<{ ids: string[]; version: string }, { entity: NameRecord }>('nameKeysStaleOf');
const stalePage = defineQuery<{ after: string; version: string; pageSize: unknown }, { last: string | null; stale: NameRecord[] }>('nameKeysStalePage');
const awaitIndex = defineQuery<Record<string, never>, never>('awaitNameKeysIndex');
const writeKeys = defineQuery<{ rows: { id: string; keys: string; source: string[] }[] }, { written: unknown }>('writeNameKeys');

function keyRows(records: readonly NameRecord[]) {
  return records.map(([id, name, nameEn, aliases, labels]) => ({
    id,
    keys: nameKeysOf({ name, nameEn, aliases, labels }),
    source: [KEYS_VERSION, name, nameEn ?? '', ...(aliases ?? []), ...labels],
  }));
}

/**
 * Writes the name keys of the entities `ids` whose names changed, in the caller's write
 * transaction: every path that writes entity names (seed, import, generate, editing, accepted
 * candidates, restore, revert) calls it after its writes, so search sees the names at once.
 */
export async function writeNameKeys(tx: QueryRunner, ids: readonly string[], observer?: QueryObserver): Promise<void> {
  if (ids.length === 0) return;
  const stale = await staleOf.run(tx, { ids: [...new Set(ids)], version: KEYS_VERSION }, observer);
  if (stale.length === 0) return;
  await writeKeys.run(tx, { rows: keyRows(stale.map((row) => row.entity)) }, observer);
}

const PAGE_SIZE = 5_000;

/**
 * Brings the name keys of every entity up to date: a database written before they existed, by
 * a writer that knows nothing of them, or with keys of an older KEYS_VERSION. Pages through the
 * entities in id order, one write transaction per page, then waits for the index to be online;
 * returns how many it wrote. Run at start (`npm start`) and by the benchmark; a database already
 * up to date costs one read per page.
 */
export async function ensureNameKeys(driver: Driver, database: string, progress?: (written: number) => void): Promise<number> {
  const session = driver.session({ database });
  let written = 0;
  try {
    for (let after = ''; ; ) {
      const page: { last: string | null; stale: NameRecord[] } | undefined = (
        await session.executeRead((tx) => stalePage.run(tx, { after, version: KEYS_VERSION, pageSize: neo4j.int(PAGE_SIZE) }))
      )[0];
      if (!page?.last) break;
      if (page.stale.length > 0) {
        const rows = keyRows(page.stale);
        await session.executeWrite((tx) => writeKeys.run(tx, { rows }), { metadata: { app: 'chengyu-graph', operation: 'ensureNameKeys' } });
        written += rows.length;
        progress?.(written);
      }
      after = page.last;
    }
    await session.executeRead((tx) => awaitIndex.run(tx, {}));
    return written;
  } finally {
    await session.close();
  }
}
