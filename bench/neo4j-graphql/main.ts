/**
 * Side b of `npm run bench` as a process of its own: NEO4J_URI (required), NEO4J_DATABASE
 * (default neo4j), HOST (default 127.0.0.1), PORT (default 0: a free port),
 * NEO4J_TX_TIMEOUT_MS (default 15000). Prints `ready <graphql url>` once it listens; stops on
 * SIGTERM or SIGINT.
 */
import { createDriver } from '../../src/db/driver.js';
import { startNeo4jGraphQLServer } from './server.js';

function numberFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name}=${JSON.stringify(raw)} must be a whole number`);
  return value;
}

const uri = process.env.NEO4J_URI;
if (!uri) {
  process.stderr.write('error: NEO4J_URI must name the Neo4j to serve (bolt://…)\n');
  process.exit(1);
}
const driver = createDriver({ uri });
const server = await startNeo4jGraphQLServer({
  driver,
  database: process.env.NEO4J_DATABASE || 'neo4j',
  transactionTimeoutMs: numberFrom('NEO4J_TX_TIMEOUT_MS', 15_000),
  host: process.env.HOST || '127.0.0.1',
  port: numberFrom('PORT', 0),
});
process.stdout.write(`ready ${server.graphqlUrl}\n`);

const stop = () => {
  server
    .stop()
    .then(() => driver.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
