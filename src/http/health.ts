import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { Neo4jConnectionError, verifyDatabase } from '../db/driver.js';

export interface HealthDependencies {
  driver: Driver;
  uri: string;
  database: string;
}

/** `/healthz`: the process is up. `/readyz`: Neo4j answers, 503 with the reason when not. */
export function healthRoutes({ driver, uri, database }: HealthDependencies): Router {
  const router = express.Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    try {
      await verifyDatabase(driver, uri, database);
      res.json({ status: 'ready' });
    } catch (error) {
      if (!(error instanceof Neo4jConnectionError)) throw error;
      res.status(503).json({ status: 'unavailable', reason: error.message });
    }
  });
  return router;
}
