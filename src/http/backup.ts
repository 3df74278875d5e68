import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Request, Response, Router } from 'express';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import tar from 'tar-stream';
import type { Caller } from '../auth/caller.js';
import { requireRole } from '../auth/caller.js';
import { exportGraph } from '../backup/export.js';
import { tarSink } from '../backup/sink.js';
import type { Logger } from '../logging/logger.js';

export interface BackupRouteDependencies {
  driver: Driver;
  database: string;
  authenticate: (authorization: string | undefined) => Promise<Caller>;
  logger: Logger;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * `GET /admin/backup` (admins): the backup `npm run export` writes, streamed as a gzipped tar
 * (`curl -H 'Authorization: Bearer …' …/admin/backup | tar -xz -C DIR`). The export is read in
 * one transaction; should a write land while it streams, the stream is broken off (the download
 * fails) rather than ending in an inconsistent backup.
 */
export function backupRoutes({ driver, database, authenticate, logger }: BackupRouteDependencies): Router {
  const router = express.Router();
  router.get('/admin/backup', async (req: Request, res: Response) => {
    try {
      requireRole(await authenticate(req.headers.authorization), 'admin');
    } catch (error) {
      const e = error instanceof GraphQLError ? error : new GraphQLError('not allowed', { extensions: { code: 'FORBIDDEN' } });
      const code = String(e.extensions.code);
      res.status(STATUS[code] ?? 403).json({ errors: [{ message: e.message, extensions: { code } }] });
      return;
    }
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    res.setHeader('content-type', 'application/gzip');
    res.setHeader('content-disposition', `attachment; filename="chengyu-graph-${stamp}.tar.gz"`);
    const pack = tar.pack();
    const streaming = pipeline(pack, createGzip(), res);
    try {
      const report = await exportGraph(driver, () => tarSink(pack), { database, attempts: 1 });
      await streaming;
      logger.info({ counts: report.counts, durationMs: Math.round(report.durationMs) }, 'backup downloaded');
    } catch (error) {
      logger.error({ err: error }, 'backup download failed');
      pack.destroy();
      res.destroy();
      await streaming.catch(() => undefined);
    }
  });
  return router;
}
