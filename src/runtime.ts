import { startBackupSchedule } from './backup/schedule.js';
import type { Config } from './config.js';
import { connectNeo4j, type Neo4jConnection } from './db/connect.js';
import { curatedDataset } from './ingest/read-dataset.js';
import { ensureNameKeys } from './data/name-keys.js';
import { applySchema, isGraphEmpty, seedDataset } from './ingest/seed.js';
import { createLogger } from './logging/logger.js';
import { type RunningServer, startServer } from './server.js';

export interface Runtime {
  server: RunningServer;
  neo4j: Neo4jConnection;
  /** Stops in dependency order: HTTP first, then the driver, then a local Neo4j. */
  stop(): Promise<void>;
}

/**
 * Seeds the curated graph into an empty database, so a first start shows the whole graph.
 * Returns whether it did; seeding applies cypher/schema itself.
 */
async function seedIfEmpty(connection: Neo4jConnection, database: string, log: (line: string) => void): Promise<boolean> {
  if (!(await isGraphEmpty(connection.driver, database))) return false;
  const dataset = curatedDataset();
  const report = await seedDataset(connection.driver, dataset, { database });
  const sources = dataset.sources.size;
  log(
    `seeded the empty database: ${report.nodesCreated} entities and ${report.relationshipsCreated} relationships between them, ` +
      `cited from ${sources} source document${sources === 1 ? '' : 's'} stored with ${sources === 1 ? 'its' : 'their'} numbered paragraphs ` +
      '(graphStats counts every node and relationship, these included)',
  );
  return true;
}

/** Writes the name keys search needs of entities written without them (an older version, or another writer). */
async function ensureSearchKeys(connection: Neo4jConnection, database: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  let last = 0;
  const written = await ensureNameKeys(connection.driver, database, (n) => {
    if (n - last >= 50_000) log(`search keys: ${(last = n)} entities so far`);
  });
  if (written > 0) log(`wrote the search keys of ${written} entities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Brings up everything `npm start` runs: Neo4j (local unless NEO4J_URI is set), the seeded graph and the API. */
export async function startRuntime(config: Config, log: (line: string) => void): Promise<Runtime> {
  const neo4j = await connectNeo4j(config, { log });
  try {
    if (!(await seedIfEmpty(neo4j, config.database, log))) {
      // Idempotent; brings the indexes of features newer than the data (the audit trail's) to an existing database.
      await applySchema(neo4j.driver, config.database).catch((error: unknown) =>
        log(`could not apply cypher/schema (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); continuing`),
      );
      await ensureSearchKeys(neo4j, config.database, log);
    }
    const logger = createLogger({ level: config.logLevel });
    const server = await startServer({
      driver: neo4j.driver,
      neo4jUri: neo4j.uri,
      database: config.database,
      transactionTimeoutMs: config.transactionTimeoutMs,
      maxRetryTimeMs: config.driver.maxRetryTimeMs,
      host: config.host,
      port: config.port,
      auth: config.auth,
      logger,
      production: config.production,
      introspection: config.introspection,
      graphiql: config.graphiql,
      corsOrigins: config.corsOrigins,
      schemaDownload: config.schemaDownload,
      trustedDocuments: config.trustedDocuments,
      httpCacheMaxAge: config.httpCacheMaxAge,
    });
    const backups = config.backup ? startBackupSchedule(neo4j.driver, config.database, config.backup, logger) : undefined;
    return {
      server,
      neo4j,
      async stop() {
        await server.stop();
        await backups?.stop();
        await neo4j.close();
      },
    };
  } catch (error) {
    await neo4j.close();
    throw error;
  }
}
