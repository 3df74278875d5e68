import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DATA_DIR } from '../model/model.js';
import { type Dataset, formatValidationError } from '../model/dataset-schema.js';
import { type DatasetFiles, validateDataset } from './validate.js';


function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The numbered text a source file points at; a malformed file is the validator's to report. */
function paragraphsFileOf(yamlText: string, dir: string): string | undefined {
  try {
    const value = (parse(yamlText) as { paragraphs?: unknown } | null)?.paragraphs;
    return typeof value === 'string' ? path.join(dir, value) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads model.yaml, graph/*.yaml and sources/*.yaml (with their paragraph files) of a data folder. */
export function readDatasetFiles(dataDir: string = DATA_DIR): DatasetFiles {
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  const read = (file: string) => ({ file: display(file), text: fs.readFileSync(file, 'utf8') });
  const modelFile = path.join(dataDir, 'model.yaml');
  return {
    model: fs.existsSync(modelFile) ? read(modelFile) : { file: display(modelFile), text: '' },
    graph: yamlFiles(path.join(dataDir, 'graph')).map(read),
    sources: yamlFiles(path.join(dataDir, 'sources')).map((file) => {
      const meta = read(file);
      const paragraphsFile = paragraphsFileOf(meta.text, path.dirname(file));
      return {
        ...meta,
        paragraphs: paragraphsFile && fs.existsSync(paragraphsFile) ? read(paragraphsFile) : undefined,
      };
    }),
  };
}

/**
 * The curated dataset of data/, validated; throws naming every error when it is invalid (the same
 * errors `npm run validate-data` prints). Read and checked once per process.
 */
export function curatedDataset(): Dataset {
  if (!curated) {
    const result = validateDataset(readDatasetFiles());
    if (!result.ok) {
      throw new Error(`the curated dataset in data/ is invalid (npm run validate-data): ${result.errors.map(formatValidationError).join('; ')}`);
    }
    curated = result.dataset;
  }
  return curated;
}

let curated: Dataset | undefined;
