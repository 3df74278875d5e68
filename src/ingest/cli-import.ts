import { loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connect.js';
import { formatValidationError } from '../model/dataset-schema.js';
import { formatReport, ImportError, type ImportProgress, prepareImport, readImportFile, runImport } from './import/import.js';
import { actorOf, parseOneArgument, runCommand } from '../cli.js';
import { type PhaseProgressReporter, phaseProgressBar } from '../progress-bar.js';

const USAGE = 'usage: npm run import -- <file.json|file.yaml|file.csv> [--dry-run] [--actor NAME]';

/** Files of at least this many rows get a progress bar (on a terminal only). */
const PROGRESS_MIN_ROWS = 1000;

/** A bar on stderr while stderr is a terminal; nothing in CI logs, where only the summary is printed. */
function progressBar(rows: number): PhaseProgressReporter<ImportProgress['phase']> {
  if (!process.stderr.isTTY || rows < PROGRESS_MIN_ROWS) return { update() {}, stop() {} };
  return phaseProgressBar(
    process.stderr,
    { check: 'comparing rows ', write: 'writing changes', commit: 'committing     ' },
    { format: '{phase} [{bar}] {value}/{total}', clearOnComplete: true },
  );
}

function printErrors(error: ImportError): number {
  for (const problem of error.errors) console.error(formatValidationError(problem));
  console.error(`${error.errors.length} error(s): nothing was written`);
  return 1;
}

async function main(): Promise<number> {
  const args = parseOneArgument(USAGE, { one: 'one file at a time', missing: 'no file given' }, {
    'dry-run': { type: 'boolean' },
    actor: { type: 'string' },
  });
  if ('exitCode' in args) return args.exitCode;
  const file = args.argument;
  const actor = actorOf(args.values.actor, USAGE);
  if (actor === null) return 1;

  let prepared;
  try {
    // The file is read and checked before Neo4j is reached (or started).
    prepared = prepareImport(readImportFile(file));
  } catch (error) {
    if (error instanceof ImportError) return printErrors(error);
    throw error;
  }

  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { log: (line) => console.error(line), reuseRunningLocal: true });
  const bar = progressBar(prepared.rows);
  try {
    const report = await runImport(neo4j.driver, prepared, {
      database: config.database,
      dryRun: args.values['dry-run'] === true,
      actor,
      onProgress: (progress) => bar.update(progress),
    });
    bar.stop();
    for (const line of formatReport(report, neo4j.uri)) console.log(line);
    return 0;
  } catch (error) {
    bar.stop();
    if (error instanceof ImportError) return printErrors(error);
    throw error;
  } finally {
    await neo4j.close();
  }
}

runCommand(main);
