import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logging/logger.js';

/**
 * Express's own last handler answers an HTML page with the stack trace outside production (a
 * static file at `/assets/%00`, say). This one answers plain text in every mode: the status and
 * its reason for a client error, a request id for anything else, whose details go to the log.
 */
export function lastErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = Number((error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode);
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      res.status(status).type('text/plain').send(status === 404 ? 'not found\n' : `bad request (HTTP ${status})\n`);
      return;
    }
    const requestId = String(res.locals.requestId ?? randomUUID());
    logger.error({ requestId, err: error }, 'unexpected error');
    res.status(500).type('text/plain').send(`internal error; quote request id ${requestId}\n`);
  };
}

/** Express's own answer to an unknown path is an HTML page quoting it; this one is plain text. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).type('text/plain').send('not found\n');
};
