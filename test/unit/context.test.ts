import { type Driver, Neo4jError, type Session, type SessionConfig } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Caller } from '../../src/auth/caller.js';
import { createContext, type ContextDependencies } from '../../src/context.js';
import { DatabaseAvailability } from '../../src/db/availability.js';
import type { QueryRunner } from '../../src/db/cypher.js';

type TransactionConfig = Parameters<Session['run']>[2];

const EDITOR: Caller = { kind: 'authenticated', actor: 'api-key:a', role: 'editor', method: 'api-key' };

function neo4jError(code: string): Neo4jError {
  return new Neo4jError(`${code} happened`, code, '50N42', 'error');
}

/**
 * A driver that records its sessions and runs work against nothing. `failures` lists, per stage,
 * errors to throw on the next calls of that stage; a stage without a queued error succeeds.
 * Writes begin a transaction (begin, run, commit); reads run auto-commit statements on the
 * session, where getting a connection fails as `begin` would.
 */
function fakeDriver(failures: { begin?: Neo4jError[]; run?: Neo4jError[]; commit?: Neo4jError[] } = {}) {
  const state = { sessions: [] as SessionConfig[], begun: 0, commits: 0, rollbacks: 0, runs: 0, autoCommitConfigs: [] as (TransactionConfig | undefined)[] };
  const failNext = (stage: keyof typeof failures) => {
    const error = failures[stage]?.shift();
    if (error) throw error;
  };
  const driver = {
    session(config: SessionConfig) {
      state.sessions.push(config);
      return {
        async run(_query: string, _parameters: unknown, config?: TransactionConfig) {
          failNext('begin');
          state.runs += 1;
          state.autoCommitConfigs.push(config);
          failNext('run');
          return { records: [], summary: {} };
        },
        async beginTransaction() {
          failNext('begin');
          state.begun += 1;
          let open = true;
          return {
            run: async () => {
              state.runs += 1;
              failNext('run');
              return { records: [], summary: {} };
            },
            isOpen: () => open,
            async commit() {
              open = false;
              failNext('commit');
              state.commits += 1;
            },
            async rollback() {
              open = false;
              state.rollbacks += 1;
            },
          };
        },
        lastBookmarks: () => [`FB:commit-${state.commits}`],
        close: async () => {},
      };
    },
  } as unknown as Driver;
  return { driver, state };
}

function deps(driver: Driver, extra: Partial<ContextDependencies> = {}): ContextDependencies {
  return { driver, database: 'neo4j', transactionTimeoutMs: 1000, ...extra };
}

/** Work that runs one statement, as every query of the API does. */
const statement = async (tx: QueryRunner) => {
  await tx.run('RETURN 1');
  return 'done';
};

describe('read-your-writes in the request context', () => {
  it('reads wait for the header bookmarks, then for those of the request’s own write', async () => {
    const { driver, state } = fakeDriver();
    const ctx = createContext(deps(driver), 'r1', { caller: EDITOR, bookmarks: ['FB:from-client'] });
    await ctx.read(async () => 1);
    await ctx.write(async () => 2);
    await ctx.read(async () => 3);
    expect(state.sessions.map((s) => [s.defaultAccessMode, s.bookmarks])).toEqual([
      ['READ', ['FB:from-client']],
      ['WRITE', ['FB:from-client']],
      ['READ', ['FB:commit-1']],
    ]);
    expect(ctx.consistency.bookmarks).toEqual(['FB:commit-1']);
  });

  it('refuses to write for a caller without the editor role, before opening a session', async () => {
    const { driver, state } = fakeDriver();
    const ctx = createContext(deps(driver));
    await expect(ctx.write(async () => 1)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(state.sessions).toEqual([]);
  });
});

describe('transactions when Neo4j fails', () => {
  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.LockClientStopped',
  ])('a transaction timeout (%s) is QUERY_TOO_COMPLEX naming NEO4J_TX_TIMEOUT_MS and the limit in ms', async (code) => {
    const { driver, state } = fakeDriver({ run: [neo4jError(code)] });
    const ctx = createContext(deps(driver, { transactionTimeoutMs: 1234 }));
    const error = await ctx.read(statement).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'NEO4J_TX_TIMEOUT_MS', maximum: 1234 } });
    expect((error as Error).message).toContain('took longer than 1234 ms');
    expect(state.runs).toBe(1);
  });

  it('a write that times out is rolled back and reported the same way', async () => {
    const { driver, state } = fakeDriver({ run: [neo4jError('Neo.ClientError.Transaction.TransactionTimedOut')] });
    const ctx = createContext(deps(driver, { transactionTimeoutMs: 1234 }), 'r', { caller: EDITOR });
    await expect(ctx.write(statement)).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', maximum: 1234 } });
    expect(state.rollbacks).toBe(1);
    expect(state.commits).toBe(0);
  });

  it('reads are auto-commit statements carrying the timeout and the request id, no transaction begun', async () => {
    const { driver, state } = fakeDriver();
    const ctx = createContext(deps(driver, { transactionTimeoutMs: 1234 }), 'req-7');
    await expect(ctx.read(statement)).resolves.toBe('done');
    expect(state.begun).toBe(0);
    expect(state.autoCommitConfigs).toEqual([{ timeout: 1234, metadata: { app: 'chengyu-graph', requestId: 'req-7' } }]);
  });

  it('a pool with no free connection is DATABASE_UNAVAILABLE, and the database is not marked down', async () => {
    const exhausted = new Neo4jError('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100', 'N/A', '50N42', 'error');
    const { driver } = fakeDriver({ begin: [exhausted] });
    const availability = new DatabaseAvailability({ probe: async () => {}, describe: () => 'down' });
    const ctx = createContext(deps(driver, { availability }));
    await expect(ctx.read(statement)).rejects.toMatchObject({
      message: expect.stringContaining('NEO4J_ACQUISITION_TIMEOUT_MS'),
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(availability.unavailableReason).toBeNull();
  });

  it.each([
    ['ServiceUnavailable', 'begin'],
    ['SessionExpired', 'run'],
  ] as const)('a lost connection (%s at %s) is retried once at once, then succeeds', async (code, stage) => {
    const { driver, state } = fakeDriver({ [stage]: [neo4jError(code)] });
    const ctx = createContext(deps(driver), 'r', { caller: EDITOR });
    await expect(ctx.write(statement)).resolves.toBe('done');
    expect(state.commits).toBe(1);
  });

  it('a connection lost twice is DATABASE_UNAVAILABLE (503) and marks the database down', async () => {
    const { driver } = fakeDriver({ begin: [neo4jError('ServiceUnavailable'), neo4jError('ServiceUnavailable')] });
    const availability = new DatabaseAvailability({ probe: () => new Promise(() => {}), describe: () => 'Neo4j cannot be reached' });
    const ctx = createContext(deps(driver, { availability }), 'req-1');
    await expect(ctx.read(statement)).rejects.toMatchObject({
      message: 'the database is unavailable (Neo4j cannot be reached), retry later; quote request id req-1',
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
    expect(availability.unavailableReason).toBe('Neo4j cannot be reached');
    availability.stop();
  });

  it('while the database is down, fails at once without opening a session', async () => {
    const { driver, state } = fakeDriver({ begin: [neo4jError('ServiceUnavailable')] });
    const availability = new DatabaseAvailability({ probe: () => new Promise(() => {}), describe: () => 'Neo4j is gone' });
    availability.noteFailure(neo4jError('ServiceUnavailable'));
    const ctx = createContext(deps(driver, { availability }), 'r', { caller: EDITOR });
    await expect(ctx.read(statement)).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    await expect(ctx.write(statement)).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(state.sessions).toEqual([]);
    availability.stop();
  });

  it('a write whose commit loses the connection is reported as of unknown outcome, never retried', async () => {
    const { driver, state } = fakeDriver({ commit: [neo4jError('ServiceUnavailable')] });
    const ctx = createContext(deps(driver), 'r', { caller: EDITOR });
    const error = await ctx.write(statement).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect((error as Error).message).toMatch(/may or may not have been saved/);
    expect((error as Error).message).toContain('changes(entityId');
    expect(state.begun).toBe(1);
    expect(state.runs).toBe(1);
  });

  it('a read whose connection is lost while it runs is simply run again', async () => {
    const { driver, state } = fakeDriver({ run: [neo4jError('SessionExpired')] });
    const ctx = createContext(deps(driver));
    await expect(ctx.read(statement)).resolves.toBe('done');
    expect(state.runs).toBe(2);
  });

  it('a deadlock is retried with backoff until it goes through', async () => {
    const deadlock = () => neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
    const { driver, state } = fakeDriver({ run: [deadlock(), deadlock(), deadlock()] });
    const ctx = createContext(deps(driver), 'r', { caller: EDITOR });
    await expect(ctx.write(statement)).resolves.toBe('done');
    expect(state.runs).toBe(4);
    expect(state.rollbacks).toBe(3);
    expect(state.commits).toBe(1);
  });

  it('a transient error outlasting NEO4J_MAX_RETRY_TIME_MS reaches the caller unchanged', async () => {
    const deadlocks = Array.from({ length: 50 }, () => neo4jError('Neo.TransientError.Transaction.DeadlockDetected'));
    const { driver, state } = fakeDriver({ run: deadlocks });
    const ctx = createContext(deps(driver, { maxRetryTimeMs: 100 }), 'r', { caller: EDITOR });
    await expect(ctx.write(statement)).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(state.runs).toBeGreaterThan(1);
    expect(state.runs).toBeLessThan(10);
    expect(state.commits).toBe(0);
  });

  it('other errors are neither retried nor renamed', async () => {
    const { driver, state } = fakeDriver({ run: [neo4jError('Neo.ClientError.Statement.SyntaxError')] });
    const ctx = createContext(deps(driver), 'r', { caller: ANONYMOUS });
    await expect(ctx.read(statement)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(state.runs).toBe(1);
  });
});
