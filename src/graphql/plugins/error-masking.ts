import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../../context.js';
import type { Logger } from '../../logging/logger.js';
import { API_ERROR_CODES, internalError } from '../../model/errors.js';
import { limitErrorOf } from '../limits.js';

/**
 * Codes a client sees with the error's own message: ours, except INTERNAL_SERVER_ERROR (which
 * Apollo also gives every error without a code), and Apollo's codes for a bad request.
 */
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  ...API_ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function isClientErrorCode(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

export interface ErrorMasking {
  /** Notes the request id of every error a request meets, for formatError. */
  plugin: ApolloServerPlugin<Context>;
  /** Apollo's `formatError`: client errors as they are, anything else masked and logged in full. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

export function errorMasking(logger: Logger): ErrorMasking {
  const requestIds = new WeakMap<object, string>();
  return {
    plugin: {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            for (const error of errors) requestIds.set(error, contextValue.requestId);
          },
        };
      },
    },
    formatError(formatted, error) {
      const limit = limitErrorOf(error);
      if (limit) return { message: limit.message, extensions: withoutHttp(limit.extensions) };
      if (isClientErrorCode(formatted.extensions?.code)) return formatted;
      // Errors Apollo meets before a request's pipeline (a failing context) have no request id yet.
      const requestId = (typeof error === 'object' && error !== null && requestIds.get(error)) || randomUUID();
      // A resolver's error is the originalError of the GraphQLError execution wraps it in.
      const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
      logger.error(
        { requestId, err: cause instanceof Error ? cause : new Error(String(cause)), path: formatted.path },
        'unexpected error',
      );
      const masked = internalError(requestId);
      return { message: masked.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: masked.extensions };
    },
  };
}

function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}
