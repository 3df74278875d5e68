import { formatValidationError } from '../model/dataset-schema.js';
import { readDatasetFiles } from './read-dataset.js';
import { validateDataset } from './validate.js';

const result = validateDataset(readDatasetFiles(process.argv[2]));
if (!result.ok) {
  for (const error of result.errors) console.error(formatValidationError(error));
  console.error(`${result.errors.length} error(s) in the dataset`);
  process.exit(1);
}
const { nodes, relationships, sources } = result.dataset;
console.log(`dataset valid: ${nodes.length} nodes, ${relationships.length} relationships, ${sources.size} source(s)`);
