import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { formatValidationError } from '../model/dataset-schema.js';
import { readDatasetFiles } from './read-dataset.js';
import { seedDataset } from './seed.js';
import { validateDataset } from './validate.js';
import { runCommand } from '../cli.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const result = validateDataset(readDatasetFiles(process.argv[2]));
  if (!result.ok) {
    for (const error of result.errors) console.error(formatValidationError(error));
    console.error(`${result.errors.length} error(s) in the dataset: nothing was written`);
    return 1;
  }
  const neo4j = await connectNeo4j(config, { log: (line) => console.log(line), reuseRunningLocal: true });
  try {
    const report = await seedDataset(neo4j.driver, result.dataset, { database: config.database });
    console.log(
      `seeded ${report.nodes} nodes and ${report.relationships} relationships into ${neo4j.uri}: ` +
        `${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships were new`,
    );
    return 0;
  } finally {
    await neo4j.close();
  }
}

runCommand(main);
