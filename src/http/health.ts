import type { Request, Response, Router } from 'express';
import express from 'express';
import type { DatabaseAvailability } from '../db/availability.js';

export interface HealthDependencies {
  availability: DatabaseAvailability;
}

/**
 * `/healthz`: the process is up. `/readyz`: Neo4j answers, 503 with the reason when not; while an
 * outage is known it answers at once from the availability monitor, otherwise it pings Neo4j once.
 */
export function healthRoutes({ availability }: HealthDependencies): Router {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    const readiness = await availability.check();
    if (readiness.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: readiness.reason });
  });
  return router;
}
