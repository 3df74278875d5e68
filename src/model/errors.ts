import { GraphQLError } from 'graphql';

/** The closed set of `extensions.code` values this API returns. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A bad argument; `argument` names it, as the client wrote it. */
export function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function notFound(id: string): GraphQLError {
  return new GraphQLError(`no entity with id "${id}"`, { extensions: { code: 'NOT_FOUND', id } });
}

/** A value that clashes with stored data (a name or id in use); `argument` names the field. */
export function conflict(message: string, argument: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', argument, ...extensions } });
}

/** Missing or invalid credentials: HTTP 401 when it stops the whole request. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Valid credentials without the role the operation needs: HTTP 403 when it stops the whole request. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** Neo4j cannot be reached or stopped answering: HTTP 503 when it stops the whole request. */
export function databaseUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } } });
}

/**
 * The operation exceeds a limit (depth, aliases, cost, page size…): HTTP 400. `limit` names which,
 * `maximum` is its value, and `argument` the argument that exceeds it, if one does.
 */
export function queryTooComplex(message: string, limit: string, details: { maximum?: number; argument?: string } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, ...details, http: { status: 400 } } });
}

/** What a client sees of an unexpected error: nothing but the id under which it is logged. */
export function internalError(requestId: string): GraphQLError {
  return new GraphQLError(`internal error; quote request id ${requestId}`, { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}
