import type { Driver, ManagedTransaction, SessionConfig } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';

/** A driver that records the sessions it opens and runs work against nothing. */
function fakeDriver(sessions: SessionConfig[]) {
  let commits = 0;
  return {
    session(config: SessionConfig) {
      sessions.push(config);
      return {
        executeRead: async <T>(work: (tx: ManagedTransaction) => Promise<T>) => work({} as ManagedTransaction),
        executeWrite: async <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
          commits += 1;
          return work({} as ManagedTransaction);
        },
        lastBookmarks: () => [`FB:commit-${commits}`],
        close: async () => {},
      };
    },
  } as unknown as Driver;
}

describe('read-your-writes in the request context', () => {
  it('reads wait for the header bookmarks, then for those of the request’s own write', async () => {
    const sessions: SessionConfig[] = [];
    const ctx = createContext({ driver: fakeDriver(sessions), database: 'neo4j', transactionTimeoutMs: 1000 }, 'r1', {
      caller: { kind: 'authenticated', actor: 'api-key:a', role: 'editor', method: 'api-key' },
      bookmarks: ['FB:from-client'],
    });
    await ctx.read(async () => 1);
    await ctx.write(async () => 2);
    await ctx.read(async () => 3);
    expect(sessions.map((s) => [s.defaultAccessMode, s.bookmarks])).toEqual([
      ['READ', ['FB:from-client']],
      ['WRITE', ['FB:from-client']],
      ['READ', ['FB:commit-1']],
    ]);
    expect(ctx.consistency.bookmarks).toEqual(['FB:commit-1']);
  });

  it('refuses to write for a caller without the editor role, before opening a session', async () => {
    const sessions: SessionConfig[] = [];
    const ctx = createContext({ driver: fakeDriver(sessions), database: 'neo4j', transactionTimeoutMs: 1000 });
    await expect(ctx.write(async () => 1)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(sessions).toEqual([]);
  });
});
