/**
 * Neo4j's own batch importer (`neo4j-admin database import full`), run from the launcher jar on a
 * data folder the bundled Neo4j has not started on: it writes the store files directly, many times
 * faster than transactions, and only into a new database.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { ensureLauncherJar, LocalNeo4jError } from './local-neo4j.js';

/** The one character between the elements of an array value in the CSV files. */
export const BULK_ARRAY_DELIMITER = '\u001f';

export interface BulkImportFiles {
  /** CSV files of nodes; each file's header names its id, labels and typed properties. */
  nodes: string[];
  /** CSV files of relationships; each header names start, end, type and typed properties. */
  relationships: string[];
}

export interface BulkImportOptions {
  dataDir: string;
  database: string;
  files: BulkImportFiles;
  /** The importer's JVM heap (its caches are off-heap and sized by the importer itself). */
  heap: string;
  /** The importer's stages as they start and end, and the Maven build of the launcher when it is missing. */
  log?: (line: string) => void;
  /** How far the whole import is, 0–100 (its four stages count a quarter each). */
  onProgress?: (percent: number) => void;
}

export interface BulkImportReport {
  nodes: number;
  relationships: number;
  properties: number;
  durationMs: number;
}

/** The store of `database` in the launcher's data folder: present once a Neo4j started there or an import ran. */
export function databaseStoreDirs(dataDir: string, database: string): string[] {
  return [path.join(dataDir, 'data', 'databases', database), path.join(dataDir, 'data', 'transactions', database)];
}

export function hasDatabaseStore(dataDir: string, database: string): boolean {
  return fs.existsSync(databaseStoreDirs(dataDir, database)[0]!);
}

/** Opens the launcher's `java -jar` adds from its manifest; `-cp` does not read the manifest. */
const JAVA_OPENS = ['java.base/java.nio', 'java.base/sun.nio.ch', 'java.base/java.io'].map((module) => `--add-opens=${module}=ALL-UNNAMED`);

function importerArguments(options: BulkImportOptions, jar: string): string[] {
  return [
    `-Xmx${options.heap}`,
    ...JAVA_OPENS,
    '-cp',
    jar,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    '--id-type=string',
    `--array-delimiter=U+${BULK_ARRAY_DELIMITER.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
    `--report-file=${path.join(options.dataDir, 'logs', 'import.report')}`,
    // Before the file options: each takes a list of files, which would swallow it.
    options.database,
    ...options.files.nodes.map((file) => `--nodes=${file}`),
    ...options.files.relationships.map((file) => `--relationships=${file}`),
  ];
}

const IMPORTED = /^\s+(\d+) (nodes|relationships|properties)$/;
const STAGE = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d\d-\d\d/;
const PERCENT = /\s(\d+)% ∆/;

/**
 * Imports the files into `database` of the data folder, which must hold no store of that
 * database yet (hasDatabaseStore). Rejects with the importer's own last lines when it fails; the
 * caller removes what a failed import left (databaseStoreDirs).
 */
export async function runBulkImport(options: BulkImportOptions): Promise<BulkImportReport> {
  if (hasDatabaseStore(options.dataDir, options.database)) {
    throw new LocalNeo4jError(`the data folder ${options.dataDir} already holds a database "${options.database}": the bulk importer writes only new ones`);
  }
  const jar = await ensureLauncherJar(options.log);
  const conf = path.join(options.dataDir, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  fs.mkdirSync(path.join(options.dataDir, 'logs'), { recursive: true });
  const started = performance.now();
  const child = spawn('java', importerArguments(options, jar), {
    env: { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const counts = { nodes: 0, relationships: 0, properties: 0 };
  let output = '';
  let stage = { index: 0, of: 1 };
  const read = (line: string) => {
    output = `${output}${line}\n`.slice(-16_384);
    const imported = IMPORTED.exec(line);
    if (imported) counts[imported[2] as keyof typeof counts] = Number(imported[1]);
    const stageLine = STAGE.exec(line);
    if (stageLine) {
      stage = { index: Number(stageLine[1]) - 1, of: Number(stageLine[2]) };
      options.log?.(`bulk import: ${stageLine[3]} (${stageLine[1]} of ${stageLine[2]})`);
      options.onProgress?.(Math.round((stage.index / stage.of) * 100));
    }
    const percent = PERCENT.exec(line);
    if (percent) options.onProgress?.(Math.round(((stage.index + Number(percent[1]) / 100) / stage.of) * 100));
  };
  readline.createInterface({ input: child.stdout! }).on('line', read);
  readline.createInterface({ input: child.stderr! }).on('line', read);
  const status = await new Promise<number | string>((resolve) => {
    child.once('error', (error) => resolve(error.message));
    child.once('close', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  if (status !== 0) {
    const lines = output.trim().split('\n').filter((line) => !/^[. ]+\d+%/.test(line));
    throw new LocalNeo4jError(`the Neo4j bulk importer failed (exit ${status}):\n${lines.slice(-15).join('\n')}`);
  }
  options.onProgress?.(100);
  return { ...counts, durationMs: performance.now() - started };
}
