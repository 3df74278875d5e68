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
  /**
   * Starts Neo4j again on the same port and data folder; resolves when Bolt accepts connections.
   * For a supervised Neo4j: waits until the server has started it again, and resolves with the
   * Date.now() of its restart and of its ready line.
   */
  restart(): Promise<void | { restartedAt: number; readyAt: number }>;
  stop(): Promise<void>;
}

/** The bundled Neo4j a server process started and supervises, known from its log lines. */
export function supervisedNeo4j(server: { onLine(listener: (line: string) => void): void; startLines(): string[] }): BenchNeo4j {
  let uri = '';
  let pid = 0;
  let restartedAt = 0;
  let waiting: ((times: { restartedAt: number; readyAt: number }) => void) | null = null;
  let ready: { restartedAt: number; readyAt: number } | null = null;
  const read = (line: string) => {
    const started = /started the bundled Neo4j \(pid (\d+)\), Bolt at (\S+)/.exec(line);
    if (started) [pid, uri] = [Number(started[1]), started[2]!];
    if (/the bundled Neo4j \(pid \d+\) exited .*starting it again/.test(line)) restartedAt = Date.now();
    const again = /the bundled Neo4j is running again \(pid (\d+)/.exec(line);
    if (again) {
      pid = Number(again[1]);
      ready = { restartedAt, readyAt: Date.now() };
      waiting?.(ready);
    }
  };
  for (const line of server.startLines()) read(line);
  server.onLine(read);
  return {
    get uri() {
      return uri;
    },
    get pid() {
      return pid;
    },
    async kill() {
      ready = null;
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    restart: () => (ready ? Promise.resolve(ready) : new Promise((resolve) => (waiting = resolve))),
    // The server stops it.
    stop: async () => {},
  };
}

export async function startBenchNeo4j(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const port = await freePort();
  const start = () =>
    // Killed and started again by the benchmark itself.
    startLocalNeo4j({ port, dataDir: options.dataDir, heap: options.heap ?? '768m', pageCache: options.pageCache ?? '256m', log: options.log, supervise: false });
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
