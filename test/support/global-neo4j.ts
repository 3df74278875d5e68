import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j } from '../../src/db/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** One throw-away Neo4j for the integration and e2e tests: free port, temporary data folder. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-neo4j-test-'));
  const neo4j = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    heap: '768m',
    pageCache: '128m',
    log: (line) => process.stderr.write(`${line}\n`),
  });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
