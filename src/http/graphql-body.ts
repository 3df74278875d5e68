import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { internalError } from '../model/errors.js';
import { recordErrorCode } from '../graphql/plugins/request-log.js';
import type { Logger } from '../logging/logger.js';

/** The largest request body /graphql reads; larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The most values (objects, lists and scalars, at any depth) the variables of one request may
 * hold. The largest legitimate input, `nodes(ids:)` with 100 ids or a mutation's input, holds
 * far fewer; graphql-js checks every value and quotes the whole variable in each of its errors,
 * so an object of tens of thousands of unknown keys would cost seconds and megabytes.
 */
export const MAX_VARIABLE_VALUES = 1_000;
/** The deepest nesting of objects and lists in variables; the deepest input type nests 4. */
export const MAX_VARIABLE_DEPTH = 10;

/** What a refused body gets: a GraphQL-shaped JSON error, never Express's HTML page. */
function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown> = {}, code = 'BAD_REQUEST'): void {
  recordErrorCode(res, code);
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** JSON bodies up to MAX_BODY_BYTES; failures go to graphqlBodyErrors. */
export const readJsonBody: RequestHandler = express.json({ limit: MAX_BODY_BYTES });

/** One operation per request: a JSON array (a batch) is refused before Apollo sees it. */
export const refuseBatches: RequestHandler = (req, res, next) => {
  if (Array.isArray(req.body)) {
    refuse(res, 400, 'batched requests are not supported: send one operation per request, as a JSON object');
    return;
  }
  next();
};

/** The first limit `variables` exceeds, or null: counted without recursion, stopping at the limit. */
export function variablesOverLimit(variables: unknown): 'maxVariableValues' | 'maxVariableDepth' | null {
  const stack: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    count += 1;
    if (count > MAX_VARIABLE_VALUES) return 'maxVariableValues';
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_VARIABLE_DEPTH) return 'maxVariableDepth';
    const children = Array.isArray(value) ? value : Object.values(value);
    if (count + children.length > MAX_VARIABLE_VALUES) return 'maxVariableValues';
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

function variablesOf(req: Request): unknown {
  if (req.method === 'GET') {
    const raw = (req.query as Record<string, unknown>).variables;
    if (typeof raw !== 'string') return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined; // Apollo refuses it with its own message
    }
  }
  return typeof req.body === 'object' && req.body !== null ? (req.body as { variables?: unknown }).variables : undefined;
}

/**
 * Refuses variables over MAX_VARIABLE_VALUES values or MAX_VARIABLE_DEPTH levels before graphql-js
 * coerces them: HTTP 400, QUERY_TOO_COMPLEX naming the limit, like the operation limits.
 */
export const refuseOversizedVariables: RequestHandler = (req, res, next) => {
  const variables = variablesOf(req);
  // The root object itself counts too, so MAX_VARIABLE_VALUES is reached by MAX_VARIABLE_VALUES - 1 values in it.
  const over = variables === undefined ? null : variablesOverLimit(variables);
  if (over === 'maxVariableValues') {
    refuse(
      res,
      400,
      `the variables hold more than ${MAX_VARIABLE_VALUES} values (objects, lists and scalars counted at every depth)`,
      { limit: over, maximum: MAX_VARIABLE_VALUES },
      'QUERY_TOO_COMPLEX',
    );
    return;
  }
  if (over === 'maxVariableDepth') {
    refuse(res, 400, `the variables nest objects and lists deeper than ${MAX_VARIABLE_DEPTH} levels`, { limit: over, maximum: MAX_VARIABLE_DEPTH }, 'QUERY_TOO_COMPLEX');
    return;
  }
  next();
};

/** A body whose content-encoding (gzip, deflate, br) does not match its bytes: zlib's error, which body-parser passes on. */
function isDecompressionError(error: unknown): error is Error & { code: string } {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  // zlib's codes start with Z_; brotli's are its decoder's error names (ERR__ERROR_FORMAT_…), with a negative errno.
  return error instanceof Error && typeof code === 'string' && (/^Z_/.test(code) || (/^ERR__/.test(code) && typeof errno === 'number'));
}

interface BodyParserError {
  status: number;
  type: string;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number' &&
    (error as BodyParserError).status < 500
  );
}

/**
 * Express error handler for /graphql: a body too large (413), not JSON (400) or in an
 * unsupported charset or encoding (415) is refused with a JSON error saying so; anything else
 * is masked like Apollo's unexpected errors and logged in full.
 */
export function graphqlBodyErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isDecompressionError(error)) {
      const encoding = String(req.headers['content-encoding'] ?? '').slice(0, 20);
      refuse(res, 400, `the request body is not valid ${encoding} data, as its content-encoding header says it is`);
      return;
    }
    if (isBodyParserError(error)) {
      if (error.type === 'entity.too.large') {
        refuse(res, 413, `the request body is larger than the limit of ${MAX_BODY_BYTES} bytes (1 MB)`, {
          limit: 'maxBodyBytes',
          maximum: MAX_BODY_BYTES,
        });
      } else if (error.type === 'entity.parse.failed') {
        refuse(res, 400, `the request body is not valid JSON: ${error.message}`);
      } else {
        refuse(res, error.status, error.message);
      }
      return;
    }
    const requestId = String(res.locals.requestId);
    logger.error({ requestId, err: error }, 'unexpected error');
    recordErrorCode(res, 'INTERNAL_SERVER_ERROR');
    const masked = internalError(requestId);
    res.status(500).json({ errors: [{ message: masked.message, extensions: masked.extensions }] });
  };
}
