import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { applySchema } from '../ingest/seed.js';
import { runCommand } from '../cli.js';
import { addSourceFile, parseAddSourceArgs } from './add-source-file.js';
import { commandPort } from './command-port.js';

async function main(): Promise<number> {
  const args = parseAddSourceArgs(process.argv.slice(2));
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { log: (line) => console.log(line), reuseRunningLocal: true });
  try {
    await applySchema(neo4j.driver, config.database);
    const result = await addSourceFile(commandPort(neo4j.driver, config.database), args);
    console.log(result.message);
    if (result.created) console.log(`${result.mentionCount} mentions of known entities, ${result.candidateCount} fact candidates to review`);
    return 0;
  } finally {
    await neo4j.close();
  }
}

runCommand(main);
