import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/caller.js';
import { createContext } from '../../src/context.js';
import { DatabaseAvailability } from '../../src/db/availability.js';
import { DEADLINE_MARGIN_MS } from '../../src/db/transactions.js';

const EDITOR: Caller = { kind: 'authenticated', actor: 'api-key:a', role: 'editor', method: 'api-key' };
const TIMEOUT_MS = 100;

/** A Neo4j that stops answering (SIGSTOP) for `frozenMs`, then answers every statement. */
function frozenDriver(frozenMs: number) {
  const state = { commits: 0, rollbacks: 0 };
  const answerLater = () => new Promise((resolve) => setTimeout(() => resolve({ records: [], summary: {} }), frozenMs));
  const driver = {
    session() {
      return {
        run: answerLater,
        async beginTransaction() {
          let open = true;
          return {
            run: answerLater,
            isOpen: () => open,
            async commit() {
              open = false;
              state.commits += 1;
            },
            async rollback() {
              open = false;
              state.rollbacks += 1;
            },
          };
        },
        lastBookmarks: () => [],
        close: async () => {},
      };
    },
  } as unknown as Driver;
  return { driver, state };
}

describe('the API-side deadline of a transaction (NEO4J_TX_TIMEOUT_MS + margin)', () => {
  it('a read in a frozen Neo4j ends with DATABASE_UNAVAILABLE at the deadline and marks the database down', async () => {
    const { driver } = frozenDriver(60_000);
    const availability = new DatabaseAvailability({ probe: () => new Promise(() => {}), describe: () => 'Neo4j does not answer in time' });
    const ctx = createContext({ driver, database: 'neo4j', transactionTimeoutMs: TIMEOUT_MS, availability }, 'req-2', { caller: EDITOR });
    const started = Date.now();
    const error = await ctx.read((tx) => tx.run('RETURN 1')).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } } });
    expect((error as Error).message).toMatch(/did not answer within 3100 ms.*quote request id req-2/);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS + DEADLINE_MARGIN_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + DEADLINE_MARGIN_MS + 1_000);
    expect(availability.unavailableReason).toBe('Neo4j does not answer in time');
    availability.stop();
  });

  it('a write stopped by the deadline is rolled back, never committed, when Neo4j answers again', async () => {
    const frozenMs = TIMEOUT_MS + DEADLINE_MARGIN_MS + 500;
    const { driver, state } = frozenDriver(frozenMs);
    const ctx = createContext({ driver, database: 'neo4j', transactionTimeoutMs: TIMEOUT_MS }, 'req-3', { caller: EDITOR });
    const error = await ctx.write((tx) => tx.run('CREATE ()')).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect((error as Error).message).toMatch(/nothing was written/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(state).toEqual({ commits: 0, rollbacks: 1 });
  });
});
