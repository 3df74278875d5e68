import type { Driver } from 'neo4j-driver';
import { bulkLoadApplies, bulkLoadSyntheticGraph } from '../../src/generate/bulk/load.js';
import { type GenerationReport, generateSyntheticGraph } from '../../src/generate/generate.js';
import { ensureNameKeys } from '../../src/data/name-keys.js';
import { curatedDataset } from '../../src/ingest/read-dataset.js';
import { seedDataset } from '../../src/ingest/seed.js';
import { CURATED_TARGETS, syntheticTargets } from '../queries/targets.js';
import type { BenchTargets } from '../queries/types.js';

export interface DataOptions {
  database: string;
  /** Synthetic enterprises on top of the curated graph; 0 for the curated graph alone. */
  enterprises: number;
  seed: number;
  log: (line: string) => void;
}

export interface BenchData {
  targets: BenchTargets;
  /** What the generator reported; null for the curated graph alone. */
  generation: Omit<GenerationReport, 'landmarks'> | null;
}

export interface FolderOptions {
  dataDir: string;
  enterprises: number;
  seed: number;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}

/**
 * A new data folder gets its graph from Neo4j's bulk importer before Neo4j starts on it (minutes
 * instead of tens of minutes at a million enterprises); a folder with a database is left to
 * prepareBenchData.
 */
export async function prepareBenchFolder(options: FolderOptions): Promise<void> {
  if (options.enterprises === 0 || !bulkLoadApplies(options.dataDir)) return;
  options.log(`loading ${options.enterprises} enterprises into the new folder with Neo4j's bulk importer…`);
  let lastLine = 0;
  const report = await bulkLoadSyntheticGraph({
    ...options,
    onProgress: ({ phase, done, total }) => {
      if (done === total || performance.now() - lastLine > 10_000) {
        lastLine = performance.now();
        options.log(`bulk load: ${phase} ${done}/${total}`);
      }
    },
  });
  const steps = Object.entries(report.stepsMs).map(([step, ms]) => `${step} ${(ms / 1000).toFixed(0)} s`);
  options.log(`bulk-loaded ${report.nodeCount} nodes and ${report.relationshipCount} relationships in ${(report.durationMs / 1000).toFixed(0)} s (${steps.join(', ')})`);
}

/**
 * The benchmark's data: the curated graph (seeding is idempotent), then the synthetic graph of
 * `enterprises` and `seed` (the generator writes nothing when that graph is already there), the
 * search keys of every entity, and the entities the questions are about.
 */
export async function prepareBenchData(driver: Driver, options: DataOptions): Promise<BenchData> {
  await seedDataset(driver, curatedDataset(), { database: options.database });
  if (options.enterprises === 0) return { targets: CURATED_TARGETS, generation: null };

  let lastLine = 0;
  const { landmarks, ...generation } = await generateSyntheticGraph(driver, {
    enterprises: options.enterprises,
    seed: options.seed,
    database: options.database,
    onProgress: ({ phase, done, total }) => {
      if (done === total || performance.now() - lastLine > 10_000) {
        lastLine = performance.now();
        options.log(`generating: ${phase} ${done}/${total}`);
      }
    },
  });
  options.log(
    generation.outcome === 'present'
      ? `the synthetic graph (${options.enterprises} enterprises, seed ${options.seed}) is already there`
      : `generated ${generation.nodeCount} nodes and ${generation.relationshipCount} relationships in ${(generation.durationMs / 1000).toFixed(0)} s`,
  );
  // A data folder written before the name keys existed gets them now (once; then a read per page).
  const started = performance.now();
  const written = await ensureNameKeys(driver, options.database, (n) => options.log(`search keys: ${n} entities`));
  if (written > 0) options.log(`wrote the search keys of ${written} entities in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { targets: syntheticTargets(landmarks), generation };
}
