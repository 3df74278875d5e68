import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateApiKey } from '../../src/auth/api-keys.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { type BenchNeo4j, startBenchNeo4j, supervisedNeo4j } from './neo4j.js';
import { type ServerProcess, startServerProcess } from './server.js';
import { createWorkload, type Workload, warmUp } from './workload.js';

/** What a load benchmark runs against: its own Neo4j, the API over it, and a fresh workload. */
export interface BenchStack {
  neo4j: BenchNeo4j;
  server: ServerProcess;
  workload: Workload;
}

/**
 * Starts a Neo4j of its own (temporary folder, free port) and the API over it as a child process
 * (which seeds the curated graph) with an editor key, warms the API up with a workload of its own,
 * runs `work`, then stops both and deletes the folder, however `work` ends.
 */
export async function withBenchStack<T>(
  name: string,
  options: {
    log: (line: string) => void;
    serverEnv?: Record<string, string>;
    /** The server starts and supervises the bundled Neo4j itself, as `npm start` does, instead of using one started here. */
    supervised?: boolean;
  },
  work: (stack: BenchStack) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chengyu-bench-${name}-`));
  const dataDir = path.join(dir, 'neo4j');
  const editorKey = generateApiKey();
  let neo4j: BenchNeo4j | null = null;
  try {
    let server: ServerProcess;
    if (options.supervised) {
      server = await startServerProcess({ localNeo4j: { port: await freePort(), dataDir }, editorKey, env: options.serverEnv });
      neo4j = supervisedNeo4j(server);
    } else {
      neo4j = await startBenchNeo4j({ dataDir, log: options.log });
      server = await startServerProcess({ neo4jUri: neo4j.uri, editorKey, env: options.serverEnv });
    }
    try {
      const runId = Date.now().toString(36);
      await warmUp(server.graphqlUrl, createWorkload({ runId: `${runId}w`, editorKey, seed: 7 }));
      return await work({ neo4j, server, workload: createWorkload({ runId, editorKey }) });
    } finally {
      await server.stop();
    }
  } finally {
    await neo4j?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
