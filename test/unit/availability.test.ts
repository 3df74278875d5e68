import { Neo4jError } from 'neo4j-driver';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseAvailability } from '../../src/db/availability.js';
import { Neo4jConnectionError } from '../../src/db/driver.js';
import { CommitOutcomeUnknownError } from '../../src/db/transactions.js';

const lostConnection = () => new Neo4jError('Connection refused', 'ServiceUnavailable', '08000', 'error');

/** A database the test switches off and on; every probe is recorded with its time. Probes fail as verifyDatabase does. */
function fakeDatabase() {
  const db = { up: true, probes: [] as number[] };
  const probe = async () => {
    db.probes.push(Date.now());
    if (!db.up) throw new Neo4jConnectionError('connection refused', { cause: lostConnection() });
  };
  return { db, probe };
}

const logger = () => ({ warn: vi.fn(), info: vi.fn() });

describe('DatabaseAvailability', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is up and probes nothing until a transaction cannot reach Neo4j', async () => {
    const { db, probe } = fakeDatabase();
    const availability = new DatabaseAvailability({ probe, describe: () => 'gone' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(availability.unavailableReason).toBeNull();
    expect(db.probes).toEqual([]);
    availability.stop();
  });

  it.each([
    ['a query error', new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42000', 'error'), null],
    ['a timeout', new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOut', '25N05', 'error'), null],
    ['a lost connection', lostConnection(), 'reason'],
    ['a commit of unknown outcome', new CommitOutcomeUnknownError(lostConnection()), 'reason'],
  ])('after %s, the reason is %s', (_name, error, expected) => {
    const availability = new DatabaseAvailability({ probe: async () => {}, describe: () => 'reason' });
    availability.noteFailure(error);
    expect(availability.unavailableReason).toBe(expected);
    availability.stop();
  });

  it('probes with doubling pauses (50 ms to 1 s) while down, and recovers on the first success', async () => {
    const { db, probe } = fakeDatabase();
    const log = logger();
    const availability = new DatabaseAvailability({ probe, describe: (e) => `cannot reach Neo4j: ${(e as Error).message}`, logger: log });
    const start = Date.now();
    db.up = false;
    availability.noteFailure(lostConnection());
    expect(log.warn).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(5_000);
    const pauses = db.probes.map((t, i) => t - (i === 0 ? start : db.probes[i - 1]!));
    expect(pauses.slice(0, 6)).toEqual([50, 100, 200, 400, 800, 1000]);
    expect(pauses.slice(6).every((p) => p === 1000)).toBe(true);
    expect(availability.unavailableReason).toBe('cannot reach Neo4j: connection refused');

    db.up = true;
    const back = Date.now();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(availability.unavailableReason).toBeNull();
    expect(db.probes.at(-1)! - back).toBeLessThanOrEqual(1_000);
    expect(log.info).toHaveBeenCalledWith(expect.objectContaining({ probes: db.probes.length }), 'Neo4j answers again');

    const probes = db.probes.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(db.probes).toHaveLength(probes);
    availability.stop();
  });

  it('a second failure while down changes the reason but starts no second probe loop', async () => {
    const { db, probe } = fakeDatabase();
    db.up = false;
    let reason = 'first';
    const availability = new DatabaseAvailability({ probe, describe: () => reason });
    availability.noteFailure(lostConnection());
    reason = 'second';
    availability.noteFailure(lostConnection());
    expect(availability.unavailableReason).toBe('second');
    await vi.advanceTimersByTimeAsync(50 + 100 + 200);
    expect(db.probes).toHaveLength(3);
    availability.stop();
  });

  it('check() answers from the last probe at once while down, and probes now while up', async () => {
    const { db, probe } = fakeDatabase();
    const availability = new DatabaseAvailability({ probe, describe: () => 'refused' });
    await expect(availability.check()).resolves.toEqual({ ready: true });
    expect(db.probes).toHaveLength(1);

    db.up = false;
    await expect(availability.check()).resolves.toEqual({ ready: false, reason: 'refused' });
    expect(availability.unavailableReason).toBe('refused');
    await expect(availability.check()).resolves.toEqual({ ready: false, reason: 'refused' });
    expect(db.probes).toHaveLength(2);
    availability.stop();
  });

  it('a probe that hangs is not ready after probeTimeoutMs, but a busy database is not down', async () => {
    const availability = new DatabaseAvailability({
      probe: () => new Promise(() => {}),
      describe: (e) => (e as Error).message,
      probeTimeoutMs: 300,
    });
    const readiness = availability.check();
    await vi.advanceTimersByTimeAsync(300);
    await expect(readiness).resolves.toEqual({ ready: false, reason: 'no answer within 300 ms' });
    expect(availability.unavailableReason).toBeNull();
    availability.stop();
  });

  it('a probe refused for another reason (credentials) is not ready, without failing requests', async () => {
    const refused = new Neo4jConnectionError('Neo4j rejected the credentials', {
      cause: new Neo4jError('no', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'error'),
    });
    const availability = new DatabaseAvailability({ probe: () => Promise.reject(refused), describe: (e) => (e as Error).message });
    await expect(availability.check()).resolves.toEqual({ ready: false, reason: 'Neo4j rejected the credentials' });
    expect(availability.unavailableReason).toBeNull();
    availability.stop();
  });

  it('stop() ends the probing', async () => {
    const { db, probe } = fakeDatabase();
    db.up = false;
    const availability = new DatabaseAvailability({ probe, describe: () => 'down' });
    availability.noteFailure(lostConnection());
    availability.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(db.probes).toEqual([]);
  });
});
