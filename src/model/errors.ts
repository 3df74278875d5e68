import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import type { DatabaseAvailability } from '../db/availability.js';
import { DatabaseDownError } from '../db/request-database.js';
import {
  CommitOutcomeUnknownError,
  DatabaseDeadlineError,
  isConnectionFailure,
  isPoolExhausted,
  isTransactionMemoryLimit,
  isTransactionTimeout,
} from '../db/transactions.js';

/** The closed set of `extensions.code` values this API returns. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

function apiError(code: (typeof API_ERROR_CODES)[number], message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A bad argument; `argument` names it, as the client wrote it. */
export function badUserInput(message: string, argument: string): GraphQLError {
  return apiError('BAD_USER_INPUT', message, { argument });
}

/** A bad request header; it stops the request before it runs: HTTP 400. */
export function badHeader(message: string, header: string): GraphQLError {
  return apiError('BAD_USER_INPUT', message, { argument: header, http: { status: 400 } });
}

export function notFound(id: string): GraphQLError {
  return apiError('NOT_FOUND', `no entity with id "${id}"`, { id });
}

/** A value that clashes with stored data (a name or id in use); `argument` names the field. */
export function conflict(message: string, argument: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return apiError('CONFLICT', message, { argument, ...extensions });
}

/** Missing or invalid credentials: HTTP 401 when it stops the whole request. */
export function unauthenticated(message: string): GraphQLError {
  return apiError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/** Valid credentials without the role the operation needs: HTTP 403 when it stops the whole request. */
export function forbidden(message: string): GraphQLError {
  return apiError('FORBIDDEN', message, { http: { status: 403 } });
}

/** Neo4j cannot be reached or stopped answering: HTTP 503 when it stops the whole request. */
export function databaseUnavailable(message: string): GraphQLError {
  return apiError('DATABASE_UNAVAILABLE', message, { http: { status: 503 } });
}

/**
 * The operation exceeds a limit (depth, aliases, cost, page size…): HTTP 400. `limit` names which,
 * `maximum` is its value, and `argument` the argument that exceeds it, if one does.
 */
export function queryTooComplex(message: string, limit: string, details: { maximum?: number; argument?: string } = {}): GraphQLError {
  return apiError('QUERY_TOO_COMPLEX', message, { limit, ...details, http: { status: 400 } });
}

/** What a client sees of an unexpected error: nothing but the id under which it is logged. */
export function internalError(requestId: string): GraphQLError {
  return apiError('INTERNAL_SERVER_ERROR', `internal error; quote request id ${requestId}`, { requestId });
}

/** The request header a client sends its last bookmarks in, comma-separated. */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

/** What a client is told: the kind of failure and the request id; the log has the details. */
function unavailable(reason: string, requestId?: string) {
  return databaseUnavailable(`the database is unavailable (${reason}), retry later${requestId ? `; quote request id ${requestId}` : ''}`);
}

const OUTCOME_UNKNOWN =
  'so it may or may not have been saved: once the API answers again, look for it in changes(entityId: …) of the entity ' +
  'before sending it again (a create that was saved is refused with CONFLICT)';

/**
 * The API error for a failed database call (src/db/request-database.ts): a timeout or Neo4j's
 * transaction memory limit is QUERY_TOO_COMPLEX; an unreachable Neo4j, a commit whose outcome is unknown and a pool with no free
 * connection are DATABASE_UNAVAILABLE (HTTP 503); bookmarks Neo4j refuses are BAD_USER_INPUT
 * naming the header; the rest unchanged.
 */
export function toApiError(
  error: unknown,
  settings: { transactionTimeoutMs: number; availability?: DatabaseAvailability },
  requestId?: string,
): unknown {
  if (error instanceof DatabaseDownError) return unavailable(error.reason, requestId);
  if (isTransactionTimeout(error)) {
    return queryTooComplex(
      `the query took longer than ${settings.transactionTimeoutMs} ms (NEO4J_TX_TIMEOUT_MS), running or waiting for locks held by other writes, ` +
        'and Neo4j stopped it without writing anything: ask for less (smaller pages, fewer levels, shorter paths) or retry later',
      'NEO4J_TX_TIMEOUT_MS',
      { maximum: settings.transactionTimeoutMs },
    );
  }
  if (isTransactionMemoryLimit(error)) {
    return queryTooComplex(
      'the query needed more memory than Neo4j lets its transactions hold (dbms.memory.transaction.total.max, 70 % of its heap unless set), ' +
        'and Neo4j stopped it without writing anything: ask for less (smaller pages, fewer levels, a narrower question), retry later, or give Neo4j more heap',
      'NEO4J_TRANSACTION_MEMORY',
    );
  }
  if (isPoolExhausted(error)) {
    return databaseUnavailable('Neo4j is busy: no connection to it came free in time (NEO4J_ACQUISITION_TIMEOUT_MS), retry later');
  }
  if (error instanceof CommitOutcomeUnknownError) {
    return databaseUnavailable(`the connection to Neo4j failed while this change was being committed, ${OUTCOME_UNKNOWN}`);
  }
  if (error instanceof DatabaseDeadlineError) {
    if (error.committing) return databaseUnavailable(`Neo4j stopped answering while this change was being committed, ${OUTCOME_UNKNOWN}`);
    return databaseUnavailable(
      `the database is unavailable (Neo4j did not answer within ${error.deadlineMs} ms, NEO4J_TX_TIMEOUT_MS and a margin; nothing was written), retry later` +
        (requestId ? `; quote request id ${requestId}` : ''),
    );
  }
  if (isConnectionFailure(error)) {
    return unavailable(settings.availability?.unavailableReason ?? settings.availability?.describe(error) ?? 'Neo4j cannot be reached', requestId);
  }
  if (error instanceof Neo4jError && /InvalidBookmark/.test(error.code)) {
    return badUserInput(`${BOOKMARKS_HEADER}: Neo4j does not accept these bookmarks; send those of this API's last answer, or none`, BOOKMARKS_HEADER);
  }
  return error;
}
