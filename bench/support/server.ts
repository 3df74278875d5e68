import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { API_ENTRY, API_NODE_OPTIONS, buildApi } from '../../scripts/build-api.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcessOptions {
  /** The Neo4j to use; without it the server starts (and supervises) a bundled one of its own on `localNeo4j`. */
  neo4jUri?: string;
  localNeo4j?: { port: number; dataDir: string };
  /** An API key with the editor role, configured by its hash as `API_KEYS` says. */
  editorKey: string;
  /** More environment (NEO4J_TX_TIMEOUT_MS, …). */
  env?: Record<string, string>;
}

/** The API as `npm start` runs it, in a child process of its own, so its memory can be measured. */
export interface ServerProcess {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly pid: number;
  /** The server's log lines of level error or fatal so far (at most 50). */
  errorLog(): string[];
  /** Resident set size now, in bytes (Linux /proc). */
  rssBytes(): number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
  /** Calls `listener` with every later line of the server's stdout. */
  onLine(listener: (line: string) => void): void;
  /** Its stdout lines up to its ready line. */
  startLines(): string[];
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  // The server as `npm start` runs it: compiled, under Node alone.
  buildApi();
  const port = await freePort();
  const { NODE_ENV: _testMode, ...env } = process.env;
  const child = spawn(process.execPath, [...API_NODE_OPTIONS, API_ENTRY], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(port),
      ...(options.neo4jUri
        ? { NEO4J_URI: options.neo4jUri }
        : { NEO4J_LOCAL_PORT: String(options.localNeo4j!.port), NEO4J_LOCAL_DATA: options.localNeo4j!.dataDir, NEO4J_LOCAL_HEAP: '768m' }),
      API_KEYS: `bench-editor:editor:${hashApiKey(options.editorKey)}`,
      // The write check reads the audit trail without credentials.
      CHANGES_READ_ROLE: 'anyone',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 50) output.shift();
  };
  const errors: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  const startLines: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      if (listeners.length === 0) startLines.push(line);
      for (const listener of listeners) listener(line);
      if (/^\{.*"level":"(error|fatal)"/.test(line) && errors.length < 50) errors.push(line);
      const ready = /ready at (\S+)/.exec(line);
      if (ready) resolve(ready[1]!);
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code} before it was ready:\n${output.join('\n')}`)));
  });
  return {
    url: new URL(graphqlUrl).origin,
    graphqlUrl,
    pid: child.pid!,
    errorLog: () => [...errors],
    onLine: (listener) => listeners.push(listener),
    startLines: () => [...startLines],
    rssBytes: () => rssOf(child),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A child process's resident set size, from /proc. */
export function rssOf(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!kb) throw new Error(`no VmRSS in /proc/${child.pid}/status`);
  return Number(kb[1]) * 1024;
}

/** Samples a process's RSS every `everyMs` until stopped: start, peak and end, in MB. */
export function sampleRss(server: Pick<ServerProcess, 'rssBytes'>, everyMs = 250): { stop(): { startMb: number; peakMb: number; endMb: number } } {
  const mb = () => Math.round((server.rssBytes() / 2 ** 20) * 10) / 10;
  const startMb = mb();
  let peakMb = startMb;
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, mb());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const endMb = mb();
      return { startMb, peakMb: Math.max(peakMb, endMb), endMb };
    },
  };
}
