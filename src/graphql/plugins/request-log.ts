import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import type { Context } from '../../context.js';
import type { Logger } from '../../logging/logger.js';
import { REQUEST_ID_HEADER, requestIdFrom } from '../../logging/request-id.js';

/** The one line logged per request to /graphql. */
export interface RequestLogLine {
  requestId: string;
  /** null when Apollo refused the request before reading an operation. */
  operationName: string | null;
  durationMs: number;
  /** Cypher statements sent to Neo4j. */
  roundTrips: number;
  /** `extensions.code` of every error in the response. */
  errorCodes: string[];
  status: number;
}

/** What Apollo knows of a request; the HTTP layer adds the rest. */
type OperationFacts = Pick<RequestLogLine, 'operationName' | 'roundTrips' | 'errorCodes'>;

export interface RequestLog {
  /**
   * Express, in front of everything else on /graphql: gives the request its id
   * (`res.locals.requestId`, echoed in `x-request-id`) and writes its line when the response is
   * done, with the real status, also for requests Apollo refuses before its pipeline (a bad
   * body, a missing CSRF header).
   */
  middleware: RequestHandler;
  /** Hands the operation name, round trips and error codes of each operation to its line. */
  plugin: ApolloServerPlugin<Context>;
  /** Ties a request's context to its HTTP response; the context function calls it. */
  bind(context: Context, res: Response): Context;
}

const FACTS = 'graphqlFacts';

/** Codes set by HTTP-level refusals (src/http/graphql-body.ts) for the line of their request. */
export function recordErrorCode(res: Response, code: string): void {
  res.locals[FACTS] = { operationName: null, roundTrips: 0, errorCodes: [code] } satisfies OperationFacts;
}

export function requestLog(logger: Logger): RequestLog {
  // Keyed by the round-trip counter: Apollo runs an operation with a shallow copy of the context
  // the context function made, and the copy shares that per-request object.
  const responses = new WeakMap<Context['roundTrips'], Response>();
  return {
    middleware(req, res, next) {
      const started = performance.now();
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.locals.requestId = requestId;
      res.setHeader(REQUEST_ID_HEADER, requestId);
      res.on('close', () => {
        const facts = (res.locals[FACTS] as OperationFacts | undefined) ?? { operationName: null, roundTrips: 0, errorCodes: [] };
        const line: RequestLogLine = {
          requestId,
          ...facts,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          status: res.statusCode,
        };
        if (line.status >= 500) logger.warn(line, 'graphql request');
        else logger.info(line, 'graphql request');
      });
      next();
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, operationName, response }) {
            const res = responses.get(contextValue.roundTrips);
            if (!res) return;
            const body = response.body;
            const errors = (body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors) ?? [];
            res.locals[FACTS] = {
              operationName: operationName ?? null,
              roundTrips: contextValue.roundTrips.count,
              errorCodes: errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
            } satisfies OperationFacts;
          },
        };
      },
    },
    bind(context, res) {
      responses.set(context.roundTrips, res);
      return context;
    },
  };
}
