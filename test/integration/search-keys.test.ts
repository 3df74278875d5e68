import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context.js';
import { ensureNameKeys } from '../../src/data/name-keys.js';
import { parseSearchArgs, searchEntities } from '../../src/data/search.js';
import { createEntity, deleteEntity, updateEntity } from '../../src/editing/mutations.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { TEST_DATABASE, TEST_TX_TIMEOUT_MS } from '../support/neo4j.js';

/**
 * The name keys search finds candidates by are written with the names: by the seed, by every
 * edit in the edit's transaction, and by ensureNameKeys for entities written without them.
 */
describe('search keys follow the names', () => {
  let api: SeededApi;
  let ctx: Context;

  beforeAll(async () => {
    api = await startSeededApi();
    ctx = createContext({ driver: api.driver, database: TEST_DATABASE, transactionTimeoutMs: TEST_TX_TIMEOUT_MS }, undefined, {
      caller: { kind: 'authenticated', actor: 'api-key:search-keys', role: 'admin', method: 'api-key' },
    });
  });

  afterAll(async () => {
    await api?.stop();
  });

  const cypher = async (query: string, params: Record<string, unknown> = {}) =>
    (await api.driver.executeQuery(query, params, { database: TEST_DATABASE })).records.map((r) => r.toObject());
  const hits = async (text: string) =>
    (await searchEntities(ctx, parseSearchArgs({ text, first: 10 }), { fullEntities: false })).map((hit) => [hit.entity.id, hit.matchedOn]);

  it('the seed writes the keys of every entity; entity rows never carry them', async () => {
    const [row] = await cypher('MATCH (n:Entity) RETURN count(n) AS all, count(n.nameKeys) AS keyed');
    expect(row!.all).toBeGreaterThan(100);
    expect(row!.keyed).toBe(row!.all);
    const entity = await ctx.loaders.entity.load('enterprise:zhubajie');
    expect(entity?.name).toBe('猪八戒网');
    expect(Object.keys(entity!).filter((key) => key.startsWith('nameKeys'))).toEqual([]);
  });

  it('a created, renamed and deleted entity is found by its names as they are, in the same transaction', async () => {
    const { entity } = await createEntity(ctx, 'Enterprise', { name: '星河测绘', nameEn: 'Xinghe Survey', source: { note: 'search keys test' } });
    const id = entity.id;
    try {
      expect(await hits('xinghe ce hui')).toContainEqual([id, 'PINYIN']);
      expect(await hits('星河')).toContainEqual([id, 'NAME']);

      await updateEntity(ctx, 'Enterprise', { id, name: '银汉测绘', aliases: ['银汉'], source: { note: 'search keys test' } });
      // The old name shares only 测绘 with the new one now: a partial match, no longer a name.
      expect(await hits('星河测绘')).toContainEqual([id, 'PARTIAL']);
      expect(await hits('yhch')).toContainEqual([id, 'INITIALS']);
      expect((await hits('银汉'))[0]).toEqual([id, 'ALIAS']);
    } finally {
      await deleteEntity(ctx, { id, source: { note: 'search keys test' } });
    }
    expect((await hits('银汉测绘')).map(([hit]) => hit)).not.toContain(id);
  });

  it('ensureNameKeys writes the keys an entity lacks or has for other names, and nothing when all are current', async () => {
    await cypher(`MATCH (n:Entity {id: 'enterprise:zhubajie'}) REMOVE n.nameKeys, n.nameKeysFor`);
    await cypher(`MATCH (n:Entity {id: 'platform:guoyuan-port'}) SET n.nameKeysFor = ['an older version']`);
    // 猪八戒网络 is a variant of its name that no field holds as written: only its keys find it.
    expect((await hits('猪八戒网络')).map(([hit]) => hit)).not.toContain('enterprise:zhubajie');

    await expect(ensureNameKeys(api.driver, TEST_DATABASE)).resolves.toBe(2);
    expect((await hits('猪八戒网络'))[0]).toEqual(['enterprise:zhubajie', 'VARIANT']);
    await expect(ensureNameKeys(api.driver, TEST_DATABASE)).resolves.toBe(0);
  });
});
