import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j.js';

export interface BenchNeo4jOptions {
  /** Its own data folder (a temporary one: benchmarks never use the shared test Neo4j). */
  dataDir: string;
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
}

/** A bundled Neo4j a benchmark may kill and start again on the same port and data folder. */
export interface BenchNeo4j {
  readonly uri: string;
  /** The Java process of the running Neo4j. */
  readonly pid: number;
  /** SIGKILLs the Java process, as a crash would, and resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts Neo4j again on the same port and data folder; resolves when Bolt accepts connections. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const port = await freePort();
  const start = () =>
    startLocalNeo4j({ port, dataDir: options.dataDir, heap: options.heap ?? '768m', pageCache: options.pageCache ?? '256m', log: options.log });
  let current: LocalNeo4j = await start();
  return {
    get uri() {
      return current.uri;
    },
    get pid() {
      return current.pid;
    },
    async kill() {
      const pid = current.pid;
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async restart() {
      current = await start();
    },
    stop: () => current.stop(),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
