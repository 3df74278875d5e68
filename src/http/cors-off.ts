import type { RequestHandler } from 'express';
import { recordErrorCode } from '../graphql/plugins/request-log.js';

/**
 * Without CORS_ORIGINS, a browser's preflight (OPTIONS with Origin and
 * Access-Control-Request-Method) gets 403 and a message saying CORS is off and how to turn it
 * on, instead of Apollo's CSRF refusal. No CORS headers are sent, so the browser still refuses.
 */
export const refusePreflightWhenCorsOff: RequestHandler = (req, res, next) => {
  if (req.method !== 'OPTIONS' || req.headers.origin === undefined || req.headers['access-control-request-method'] === undefined) {
    next();
    return;
  }
  const origin = String(req.headers.origin).slice(0, 200);
  recordErrorCode(res, 'BAD_REQUEST');
  res.status(403).json({
    errors: [
      {
        message: `CORS is off on this server, so pages of ${JSON.stringify(origin)} may not call /graphql from a browser: set CORS_ORIGINS=${origin} (comma-separated origins) and restart it to allow them`,
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
};
