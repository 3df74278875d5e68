import { runCommand } from '../cli.js';
import { type Config, loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { requirePortFree } from '../db/local-neo4j.js';
import { parseGenerateArgs, USAGE, UsageError } from './args.js';
import { bulkLoadApplies, bulkLoadSyntheticGraph } from './bulk/load.js';
import { clearSyntheticGraph } from './clear.js';
import { formatBulkLoadReport, formatClearReport, formatGenerationReport } from './format.js';
import { generateSyntheticGraph } from './generate.js';
import { progressBar, progressLines } from './progress.js';
import { SyntheticGraphError } from './run.js';

/** Stops the progress display; a SyntheticGraphError is a message for the user (exit 1), anything else is thrown on. */
function failed(progress: { stop(): void }, error: unknown): number {
  progress.stop();
  if (error instanceof SyntheticGraphError) {
    console.error(error.message);
    return 1;
  }
  throw error;
}

async function main(): Promise<number> {
  let command;
  try {
    command = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 1;
    }
    throw error;
  }
  if (command.command === 'help') {
    console.log(USAGE);
    return 0;
  }

  const config = loadConfig();
  const progress = process.stderr.isTTY ? progressBar(process.stderr) : progressLines((line) => console.error(line));
  if (command.command === 'generate' && (await bulkLoadPossible(config))) {
    const local = config.neo4j as Extract<Config['neo4j'], { kind: 'local' }>;
    try {
      const report = await bulkLoadSyntheticGraph({
        ...local,
        enterprises: command.enterprises,
        seed: command.seed,
        database: config.database,
        onProgress: progress.update,
        log: (line) => console.error(line),
      });
      progress.stop();
      for (const line of formatBulkLoadReport(report, local.dataDir)) console.log(line);
      return 0;
    } catch (error) {
      return failed(progress, error);
    }
  }

  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  try {
    const options = { database: config.database, batchSize: command.batchSize, onProgress: progress.update };
    if (command.command === 'clear') {
      const started = performance.now();
      const result = await clearSyntheticGraph(neo4j.driver, options);
      progress.stop();
      console.log(formatClearReport(result, neo4j.uri, performance.now() - started));
    } else {
      const report = await generateSyntheticGraph(neo4j.driver, { ...options, enterprises: command.enterprises, seed: command.seed });
      progress.stop();
      for (const line of formatGenerationReport(report, neo4j.uri)) console.log(line);
    }
    return 0;
  } catch (error) {
    return failed(progress, error);
  } finally {
    await neo4j.close();
  }
}

/** The bundled Neo4j, not running, on a data folder with no database yet: Neo4j's bulk importer can write it. */
async function bulkLoadPossible(config: Config): Promise<boolean> {
  if (config.neo4j.kind !== 'local' || !bulkLoadApplies(config.neo4j.dataDir, config.database)) return false;
  try {
    await requirePortFree(config.neo4j.port);
    return true;
  } catch {
    return false;
  }
}

runCommand(main);
