import { loadConfig } from './config.js';
import { redactCredentials } from './db/redact.js';
import { startRuntime } from './runtime.js';

/** Progress goes to stdout, so stderr carries nothing but the error line when start-up fails. */
function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function fail(line: string): void {
  process.stderr.write(`${line}\n`);
}

function message(error: unknown): string {
  return redactCredentials(error instanceof Error ? error.message : String(error));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await startRuntime(config, log);
  const { url, graphqlUrl } = runtime.server;
  const graphiql = config.graphiql ? `GraphiQL at ${url}/graphiql` : 'GraphiQL off: GRAPHIQL=true serves it';
  // The API's address comes right after "ready at", followed by a space: scripts read it there.
  process.stdout.write(`chengyu-graph API ready at ${graphqlUrl} (explorer at ${url}/, ${graphiql})\n`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down…`);
    runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        fail(`error while shutting down: ${message(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  fail(`error: ${message(error)}`);
  process.exit(1);
});
