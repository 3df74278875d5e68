import cors from 'cors';
import type { Request, RequestHandler, Response } from 'express';
import { recordErrorCode } from '../graphql/plugins/request-log.js';

function isPreflight(req: Request): boolean {
  return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

/** A preflight the server will not allow: 403 with a JSON error saying why and what to set. */
function refusePreflight(res: Response, message: string): void {
  recordErrorCode(res, 'BAD_REQUEST');
  res.status(403).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * CORS for /graphql: pages of CORS_ORIGINS may call it; a preflight from any other origin is
 * refused with a message that names CORS_ORIGINS (a browser shows it in its network panel).
 */
export function graphqlCors(origins: string[]): RequestHandler[] {
  const allowed = new Set(origins);
  const refuseOthers: RequestHandler = (req, res, next) => {
    const origin = req.headers.origin?.slice(0, 200);
    if (!isPreflight(req) || (origin !== undefined && allowed.has(origin))) {
      next();
      return;
    }
    refusePreflight(
      res,
      allowed.size === 0
        ? `CORS is off on this server, so pages of other origins cannot call /graphql: set CORS_ORIGINS=${origin} to allow ${origin}`
        : `the origin ${origin} is not in CORS_ORIGINS (${[...allowed].join(', ')}), so its pages cannot call /graphql`,
    );
  };
  return allowed.size === 0 ? [refuseOthers] : [refuseOthers, cors({ origin: origins })];
}
