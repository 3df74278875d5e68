import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { internalError } from '../model/errors.js';
import { recordErrorCode } from '../graphql/plugins/request-log.js';
import type { Logger } from '../logging/logger.js';

/** The largest request body /graphql reads; larger ones get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What a refused body gets: a GraphQL-shaped JSON error, never Express's HTML page. */
function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown> = {}): void {
  recordErrorCode(res, 'BAD_REQUEST');
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST', ...extensions } }] });
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
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
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
