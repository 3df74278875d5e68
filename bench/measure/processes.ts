import { type ChildProcess, spawn } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { rssOf } from '../support/server.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildServerOptions {
  /** For messages: "a (this API)". */
  name: string;
  /** An entry point, relative to the project root: a .ts file runs under tsx, a .js file under Node alone. */
  script: string;
  env: Record<string, string>;
  /** Options for node itself, such as --cpu-prof. */
  nodeArgs?: string[];
  /** A stdout line that says the server listens; its first group is the GraphQL URL. */
  ready: RegExp;
  startTimeoutMs?: number;
}

export interface ChildServer {
  graphqlUrl: string;
  /** Its resident set size now. */
  rssBytes(): number;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Children still running; killed when this process exits, however it exits. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts a GraphQL server as a child process and resolves with its URL once it says it is ready. */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...(options.script.endsWith('.ts') ? ['--import', 'tsx'] : []), options.script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8_192);
  });
  const stop = async () => {
    if (exited(child)) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 15_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const fail = (reason: string) => {
      void stop();
      reject(new Error(`${options.name} did not start: ${reason}${stderr.trim() ? `\n${stderr.trim()}` : ''}`));
    };
    const timer = setTimeout(() => fail(`no ready line within ${timeoutMs / 1000} s`), timeoutMs);
    const exitedEarly = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      fail(`it exited with ${code ?? signal}`);
    };
    child.once('exit', exitedEarly);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error.message);
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = options.ready.exec(line);
      if (ready) {
        clearTimeout(timer);
        child.removeListener('exit', exitedEarly);
        resolve(ready[1]!);
      }
    });
  });
  return { graphqlUrl, rssBytes: () => rssOf(child), stop };
}
