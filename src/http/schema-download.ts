import type { Request, Response, Router } from 'express';
import express from 'express';

/**
 * `GET /schema.graphql`: the whole SDL for clients' code generators, also where introspection is
 * off. Revalidated on every use (ETag), so a new deployment's schema is seen at once.
 */
export function schemaDownloadRoute(sdl: string): Router {
  const router = express.Router();
  const body = `${sdl}\n`;
  router.get('/schema.graphql', (_req: Request, res: Response) => {
    res.type('text/plain; charset=utf-8');
    res.setHeader('content-disposition', 'inline; filename="schema.graphql"');
    res.setHeader('cache-control', 'no-cache');
    res.send(body);
  });
  return router;
}
