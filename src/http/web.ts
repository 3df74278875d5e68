import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Router } from 'express';
import express from 'express';

/** Where `npm run build:web` writes the explorer (web/dist). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface WebOptions {
  /** Serve GraphiQL at `/graphiql`; when false it answers 404 saying how to turn it on. */
  graphiql: boolean;
  distDir?: string;
}

/**
 * The explorer at `/` and GraphiQL at `/graphiql`, from the built web app. Hashed assets are cached
 * for good, the pages never; without a build both pages say how to make one.
 */
export function webRoutes({ graphiql, distDir = WEB_DIST }: WebOptions): Router {
  const router = express.Router();
  const page = (file: string) => (_req: Request, res: Response) => {
    const full = path.join(distDir, file);
    if (!fs.existsSync(full)) {
      res
        .status(503)
        .type('text/plain')
        .send('The explorer is not built: run `npm run build:web` (`npm start` builds it when missing or stale).\n');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(full);
  };
  router.get('/', page('index.html'));
  router.get(
    ['/graphiql', '/graphiql/'],
    graphiql
      ? page(path.join('graphiql', 'index.html'))
      : (_req: Request, res: Response) => {
          res.status(404).type('text/plain').send('GraphiQL is turned off on this server: set GRAPHIQL=true to serve it.\n');
        },
  );
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  return router;
}
