import { runCommand } from '../cli.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { parseGenerateArgs, USAGE, UsageError } from './args.js';
import { clearSyntheticGraph } from './clear.js';
import { formatClearReport, formatGenerationReport } from './format.js';
import { generateSyntheticGraph } from './generate.js';
import { progressBar, progressLines } from './progress.js';
import { SyntheticGraphError } from './run.js';

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
  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  const progress = process.stderr.isTTY ? progressBar(process.stderr) : progressLines((line) => console.error(line));
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
    progress.stop();
    if (error instanceof SyntheticGraphError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await neo4j.close();
  }
}

runCommand(main);
