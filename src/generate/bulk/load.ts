/**
 * `npm run generate` into a data folder where the bundled Neo4j has no database yet: the curated
 * entities and the synthetic graph go in through Neo4j's bulk importer, then a Neo4j started on
 * the folder seeds the curated graph onto them (sources, properties, curated relationships, the
 * schema) exactly as `npm run seed` does. The result is the graph the transactional path writes;
 * the importer's own counts are checked against the plan instead of counting millions of nodes again.
 *
 * All or nothing: a marker file stays in the folder until the last step is done, and a run that
 * finds it removes the half-built database first and starts again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from 'neo4j-driver';
import { defineQuery } from '../../db/cypher.js';
import { createDriver } from '../../db/driver.js';
import { databaseStoreDirs, hasDatabaseStore, runBulkImport } from '../../db/bulk-import.js';
import { freePort, startLocalNeo4j } from '../../db/local-neo4j.js';
import { curatedDataset } from '../../ingest/read-dataset.js';
import { applySchema, seedDataset } from '../../ingest/seed.js';
import { loadCuratedAnchors } from '../curated.js';
import { checkOptions, type GenerationReport } from '../generate.js';
import { landmarksOf } from '../landmarks.js';
import { planSyntheticGraph, planTotals } from '../plan.js';
import { DEFAULT_DATABASE, type GenerationProgress, progressOf, SyntheticGraphError } from '../run.js';
import { writeBulkFiles } from './write-files.js';

const awaitIndexes = defineQuery<{ seconds: number }, never>('generateAwaitIndexes');
const fillEmptyLists = defineQuery<{ label: string; key: string; value: Record<string, string[]> }, never>('generateFillEmptyLists');

const INCOMPLETE_MARKER = 'bulk-load.incomplete';
const FILES_DIR = 'bulk-import';
/** How long the indexes of the imported graph may take to build (the full-text index of 2 million names takes minutes). */
const INDEX_BUILD_SECONDS = 3_600;

/** What the marker file says: which graph is being loaded, and whether the import itself is done. */
interface Marker {
  enterprises: number;
  seed: number;
  step: 'import' | 'seed';
  /** Once imported: per label, the properties to set to an empty list where the import left them out. */
  emptyLists?: Record<string, string[]>;
}

export interface BulkLoadOptions {
  dataDir: string;
  enterprises: number;
  seed: number;
  database?: string;
  /** Of the importer and of the Neo4j that seeds and checks the result (NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGE_CACHE). */
  heap: string;
  pageCache: string;
  onProgress?: (progress: GenerationProgress) => void;
  log?: (line: string) => void;
}

export interface BulkLoadReport extends Omit<GenerationReport, 'nodesMs' | 'relationshipsMs'> {
  /** How long each step took: the plan and its landmarks, writing the files, the import, then the curated graph and the indexes. */
  stepsMs: { plan: number; files: number; import: number; seed: number };
}

/** Whether `npm run generate` loads this folder with the bulk importer: it holds no database, or a bulk load was interrupted there. */
export function bulkLoadApplies(dataDir: string, database = DEFAULT_DATABASE): boolean {
  return !hasDatabaseStore(dataDir, database) || fs.existsSync(path.join(dataDir, INCOMPLETE_MARKER));
}

function readMarker(file: string): Marker | null {
  try {
    const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
    return typeof marker.enterprises === 'number' && typeof marker.seed === 'number' && ['import', 'seed'].includes(marker.step) ? marker : null;
  } catch {
    return null;
  }
}

/**
 * After an interrupted load: true when its import finished for the same graph, so only the seed
 * is left to do; otherwise its half-built database is removed and the load starts over.
 */
function resumeInterruptedLoad(
  dataDir: string,
  database: string,
  wanted: Pick<Marker, 'enterprises' | 'seed'>,
  log: (line: string) => void,
): Marker | null {
  const file = path.join(dataDir, INCOMPLETE_MARKER);
  if (!fs.existsSync(file)) return null;
  const marker = readMarker(file);
  if (marker?.step === 'seed' && marker.enterprises === wanted.enterprises && marker.seed === wanted.seed && hasDatabaseStore(dataDir, database)) {
    log(`a bulk load into ${dataDir} stopped after its import: seeding the curated graph onto it`);
    return marker;
  }
  log(`a bulk load into ${dataDir} did not finish: removing its database and starting again`);
  for (const dir of [...databaseStoreDirs(dataDir, database), path.join(dataDir, FILES_DIR)]) fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(file);
  return null;
}

export async function bulkLoadSyntheticGraph(options: BulkLoadOptions): Promise<BulkLoadReport> {
  const started = performance.now();
  checkOptions(options);
  const database = options.database ?? DEFAULT_DATABASE;
  const log = options.log ?? (() => {});
  fs.mkdirSync(options.dataDir, { recursive: true });
  const wanted = { enterprises: options.enterprises, seed: options.seed };
  let imported = resumeInterruptedLoad(options.dataDir, database, wanted, log);
  if (!imported && hasDatabaseStore(options.dataDir, database)) {
    throw new SyntheticGraphError(
      `${options.dataDir} already holds a database: the bulk importer loads only a new data folder (the transactional load adds to an existing one)`,
    );
  }
  const marker = path.join(options.dataDir, INCOMPLETE_MARKER);
  const writeMarker = (content: Marker) => fs.writeFileSync(marker, `${JSON.stringify(content)}\n`);

  const anchors = loadCuratedAnchors();
  const plan = planSyntheticGraph(wanted, anchors);
  const totals = planTotals(plan);
  const landmarks = landmarksOf(plan, anchors);
  const dataset = curatedDataset();
  const filesStarted = performance.now();
  let importStarted = filesStarted;
  if (!imported) {
    writeMarker({ ...wanted, step: 'import' });
    const filesDir = path.join(options.dataDir, FILES_DIR);
    const curated = dataset.nodes.map(({ entry }) => ({ id: entry.id, label: entry.label }));
    const files = writeBulkFiles(filesDir, plan, curated, progressOf('files', totals.nodeCount + totals.relationshipCount, options.onProgress));
    importStarted = performance.now();
    const advanceImport = progressOf('import', 100, options.onProgress);
    let percent = 0;
    const counts = await runBulkImport({
      dataDir: options.dataDir,
      database,
      files,
      heap: options.heap,
      log,
      onProgress: (now) => {
        if (now > percent) advanceImport(now - percent);
        percent = Math.max(percent, now);
      },
    });
    fs.rmSync(filesDir, { recursive: true, force: true });
    // The importer counts what it wrote: the planned graph and a bare node per curated entity, or the load is refused.
    if (counts.nodes !== totals.nodeCount + curated.length || counts.relationships !== totals.relationshipCount) {
      throw new SyntheticGraphError(
        `the bulk importer wrote ${counts.nodes} nodes and ${counts.relationships} relationships, not the planned ` +
          `${totals.nodeCount + curated.length} and ${totals.relationshipCount}; see ${path.join(options.dataDir, 'logs', 'import.report')}`,
      );
    }
    imported = { ...wanted, step: 'seed', emptyLists: files.emptyLists };
    writeMarker(imported);
  }

  const seedStarted = performance.now();
  log('starting Neo4j on the imported database to seed the curated graph and build the indexes…');
  const neo4j = await startLocalNeo4j({ port: await freePort(), dataDir: options.dataDir, heap: options.heap, pageCache: options.pageCache, supervise: false, log });
  const driver = createDriver({ uri: neo4j.uri });
  try {
    // Both statements run outside an explicit transaction: one commits in batches, the other waits long.
    const autoCommit = async (run: (session: Session) => Promise<unknown>) => {
      const session = driver.session({ database });
      try {
        await run(session);
      } finally {
        await session.close();
      }
    };
    const steps = 2 + Object.values(imported.emptyLists ?? {}).flat().length;
    const advance = progressOf('seed', steps, options.onProgress);
    // Before the indexes exist, so that no index is updated node by node.
    for (const [label, keys] of Object.entries(imported.emptyLists ?? {})) {
      for (const key of keys) {
        await autoCommit((session) => fillEmptyLists.run(session, { label, key, value: { [key]: [] } }));
        advance(1);
      }
    }
    await applySchema(driver, database);
    await autoCommit((session) => awaitIndexes.run(session, { seconds: INDEX_BUILD_SECONDS }));
    advance(1);
    await seedDataset(driver, dataset, { database });
    advance(1);
    fs.rmSync(marker);
    const done = performance.now();
    return {
      ...wanted,
      outcome: 'created',
      nodes: totals.nodes,
      relationships: totals.relationships,
      nodeCount: totals.nodeCount,
      relationshipCount: totals.relationshipCount,
      nodesCreated: totals.nodeCount,
      relationshipsCreated: totals.relationshipCount,
      durationMs: done - started,
      landmarks,
      stepsMs: { plan: filesStarted - started, files: importStarted - filesStarted, import: seedStarted - importStarted, seed: done - seedStarted },
    };
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
