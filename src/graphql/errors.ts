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
