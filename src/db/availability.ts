import type { Driver } from 'neo4j-driver';
import { redactCredentials } from './redact.js';
import { describeConnectionFailure, Neo4jConnectionError, PING_TIMEOUT_MS, verifyDatabase } from './driver.js';
import { Neo4jError } from 'neo4j-driver';
import { CommitOutcomeUnknownError, DatabaseDeadlineError, isConnectionFailure } from './transactions.js';

/** Any logger with pino's argument order. */
export interface AvailabilityLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
  info(obj: Record<string, unknown>, msg: string): void;
}

export interface AvailabilityOptions {
  /** One attempt to reach the database; rejects when it cannot. */
  probe: () => Promise<void>;
  /** The reason clients see, in answers and on /readyz: no address, credentials or driver text. */
  describe: (error: unknown) => string;
  /** The reason in the log: may name the address and quote the driver. Default: describe. */
  detail?: (error: unknown) => string;
  /** Upper bound for one probe, whatever the driver does meanwhile. */
  probeTimeoutMs?: number;
  /** Pause before the first background probe; it doubles after each failed one, up to maxProbeIntervalMs. */
  firstProbeIntervalMs?: number;
  maxProbeIntervalMs?: number;
  logger?: AvailabilityLogger;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether Neo4j answers, as far as this process knows.
 *
 * The database counts as up until a transaction or a readiness check cannot reach it (a
 * connection failure, which src/db/transactions.ts has already retried once). While it is down,
 * requests fail at once with the last reason, without connection attempts or driver retries, and
 * one background probe at a time pings it, 50 ms after the outage, then with the pause doubling up
 * to 1 s. The first probe that succeeds marks it up again: the server recovers by itself, at most
 * about one pause after Neo4j is back. Nothing probes while it is up; requests notice an outage.
 */
export class DatabaseAvailability {
  #down: { reason: string; detail: string; since: number; probes: number } | null = null;
  #timer: NodeJS.Timeout | null = null;
  #nextIntervalMs = 0;
  #stopped = false;
  readonly #options: Required<Omit<AvailabilityOptions, 'logger'>> & Pick<AvailabilityOptions, 'logger'>;

  constructor(options: AvailabilityOptions) {
    this.#options = { probeTimeoutMs: PING_TIMEOUT_MS, firstProbeIntervalMs: 50, maxProbeIntervalMs: 1_000, detail: options.describe, ...options };
  }

  /** Why the database is down, as clients see it; null while it is up. */
  get unavailableReason(): string | null {
    return this.#down?.reason ?? null;
  }

  /** The reason for a failure, as clients see it. */
  describe(error: unknown): string {
    return this.#options.describe(error);
  }

  /** The reason for a failure, for the log. */
  detail(error: unknown): string {
    return this.#options.detail(error);
  }

  /** Tells of a failed transaction: one that could not reach Neo4j, or did not answer in time, marks it down. */
  noteFailure(error: unknown): void {
    if (isOutage(error)) this.#markDown(error);
  }

  /**
   * For /readyz: while down, the last reason at once; while up, the answer of a probe run now.
   * Only a probe that cannot reach Neo4j marks it down: a slow answer means a busy database,
   * which requests may still use.
   */
  async check(): Promise<Readiness> {
    if (this.#down) return { ready: false, reason: this.#down.reason };
    try {
      await this.#probeOnce();
      return { ready: true };
    } catch (error) {
      if (isOutage(error)) this.#markDown(error);
      else this.#options.logger?.warn({ reason: this.detail(error) }, 'Neo4j is not ready');
      return { ready: false, reason: this.describe(error) };
    }
  }

  /** Stops background probing (the server is shutting down). */
  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #markDown(error: unknown): void {
    const reason = this.describe(error);
    const detail = this.detail(error);
    if (this.#down) {
      this.#down.reason = reason;
      this.#down.detail = detail;
      return;
    }
    this.#down = { reason, detail, since: Date.now(), probes: 0 };
    this.#options.logger?.warn({ reason: detail }, 'Neo4j is unavailable: failing requests at once and probing until it answers');
    this.#nextIntervalMs = this.#options.firstProbeIntervalMs;
    this.#scheduleProbe();
  }

  #scheduleProbe(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => void this.#backgroundProbe(), this.#nextIntervalMs);
    this.#timer.unref();
    this.#nextIntervalMs = Math.min(this.#nextIntervalMs * 2, this.#options.maxProbeIntervalMs);
  }

  async #backgroundProbe(): Promise<void> {
    this.#timer = null;
    const down = this.#down;
    if (!down || this.#stopped) return;
    down.probes += 1;
    try {
      await this.#probeOnce();
      this.#down = null;
      this.#options.logger?.info({ downMs: Date.now() - down.since, probes: down.probes }, 'Neo4j answers again');
    } catch (error) {
      down.reason = this.describe(error);
      down.detail = this.detail(error);
      this.#scheduleProbe();
    }
  }

  async #probeOnce(): Promise<void> {
    const { probe, probeTimeoutMs } = this.#options;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProbeTimeoutError(probeTimeoutMs)), probeTimeoutMs).unref();
    });
    try {
      await Promise.race([probe(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Neo4j cannot be reached (also when the ping says so), a commit's answer was lost with the
 * connection, or a transaction got no answer within its deadline (a stopped server).
 */
function isOutage(error: unknown): boolean {
  const cause = error instanceof Neo4jConnectionError ? error.cause : error;
  return isConnectionFailure(cause) || cause instanceof CommitOutcomeUnknownError || cause instanceof DatabaseDeadlineError;
}

/** What clients are told of a failure to use Neo4j: its kind only. */
export function publicReason(error: unknown): string {
  const cause =
    error instanceof Neo4jConnectionError || error instanceof CommitOutcomeUnknownError ? (error.cause ?? error) : error;
  if (cause instanceof ProbeTimeoutError || cause instanceof DatabaseDeadlineError) return 'Neo4j does not answer in time';
  if (cause instanceof Neo4jError) {
    if (cause.code === 'Neo.ClientError.Security.Unauthorized' || cause.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return "Neo4j refuses the API's credentials";
    }
    if (cause.code === 'Neo.ClientError.Database.DatabaseNotFound') return "the API's database does not exist in Neo4j";
    if (isConnectionFailure(cause)) return 'Neo4j cannot be reached';
  }
  return 'Neo4j cannot be used';
}

export class ProbeTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'ProbeTimeoutError';
  }
}

export interface Neo4jAvailabilityOptions {
  driver: Driver;
  uri: string;
  database: string;
  logger?: AvailabilityLogger;
}

/** The availability of the database behind `driver`, probed with the /readyz ping. */
export function neo4jAvailability({ driver, uri, database, logger }: Neo4jAvailabilityOptions): DatabaseAvailability {
  return new DatabaseAvailability({
    probe: () => verifyDatabase(driver, uri, database),
    describe: publicReason,
    detail: (error) => {
      if (error instanceof Neo4jConnectionError) return error.message;
      if (error instanceof ProbeTimeoutError || error instanceof DatabaseDeadlineError) {
        return `Neo4j at ${redactCredentials(uri)} did not answer within ${error instanceof ProbeTimeoutError ? error.timeoutMs : error.deadlineMs} ms`;
      }
      if (error instanceof CommitOutcomeUnknownError) return describeConnectionFailure(error.cause, uri, database);
      return describeConnectionFailure(error, uri, database);
    },
    logger,
  });
}
