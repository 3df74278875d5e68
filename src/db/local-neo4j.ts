import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
export const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'chengyu-neo4j.jar');

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** How long to wait for the ready line, Maven build excluded. */
  startTimeoutMs?: number;
  /** Called with progress lines such as "building the Neo4j launcher", and with each restart. */
  log?: (line: string) => void;
  /** Start it again when its process dies (default true; see MAX_FAILED_RESTARTS). */
  supervise?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Returns the major Java version on PATH, or throws the one-line error a user can act on. */
export function requireJava(minimum = 17): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new LocalNeo4jError(`Java not found on PATH: install JDK ${minimum}+ or set NEO4J_URI`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) {
    throw new LocalNeo4jError(`could not read the Java version from "java -version": install JDK ${minimum}+ or set NEO4J_URI`);
  }
  // Java 8 and older report themselves as 1.x.
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < minimum) {
    throw new LocalNeo4jError(`Java ${major} is too old: install JDK ${minimum}+ or set NEO4J_URI`);
  }
  return major;
}

function newestSourceMtime(): number {
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml')];
  const srcDir = path.join(LAUNCHER_DIR, 'src');
  if (fs.existsSync(srcDir)) {
    for (const entry of fs.readdirSync(srcDir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) sources.push(path.join(entry.parentPath, entry.name));
    }
  }
  return Math.max(...sources.map((file) => fs.statSync(file).mtimeMs));
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** How often a Maven build says how far it got (the first one downloads Neo4j: about a minute). */
const BUILD_PROGRESS_EVERY_MS = 5_000;

/**
 * Builds the launcher jar with Maven when it is missing or older than its sources, saying every
 * few seconds how many files Maven has downloaded so far.
 */
export async function ensureLauncherJar(log: (line: string) => void = () => {}): Promise<string> {
  if (fs.existsSync(LAUNCHER_JAR) && fs.statSync(LAUNCHER_JAR).mtimeMs >= newestSourceMtime()) {
    return LAUNCHER_JAR;
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new LocalNeo4jError('Maven (mvn) not found on PATH: install Maven to build the bundled Neo4j, or set NEO4J_URI');
  }
  log('building the local Neo4j launcher with Maven (the first build downloads Neo4j, about a minute)…');
  const started = Date.now();
  const build = spawn('mvn', ['-B', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let downloaded = 0;
  const read = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    downloaded += text.match(/^(\[INFO\] )?Downloaded from /gm)?.length ?? 0;
    output = (output + text).slice(-64 * 1024);
  };
  build.stdout!.on('data', read);
  build.stderr!.on('data', read);
  const progress = setInterval(() => {
    log(`building the Neo4j launcher: ${downloaded} files downloaded so far, ${Math.round((Date.now() - started) / 1000)} s…`);
  }, BUILD_PROGRESS_EVERY_MS);
  const status = await new Promise<number | string>((resolve) => {
    build.once('error', (error) => resolve(error.message));
    build.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  }).finally(() => clearInterval(progress));
  if (status !== 0 || !fs.existsSync(LAUNCHER_JAR)) {
    throw new LocalNeo4jError(`building the Neo4j launcher failed (mvn exit ${status}):\n${tail(output, 20)}`);
  }
  log(`built the Neo4j launcher in ${Math.round((Date.now() - started) / 1000)} s (${downloaded} files downloaded)`);
  return LAUNCHER_JAR;
}

/** Resolves when nothing listens on host:port, rejects with a clear message otherwise. */
export function requirePortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use: stop what uses it or set NEO4J_LOCAL_PORT`
            : `cannot bind ${host}:${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function lastLogLines(dataDir: string, lines: number): string {
  const logsDir = path.join(dataDir, 'logs');
  if (!fs.existsSync(logsDir)) return '';
  return fs
    .readdirSync(logsDir)
    .filter((name) => name.endsWith('.log'))
    .map((name) => {
      const text = fs.readFileSync(path.join(logsDir, name), 'utf8');
      return text.trim() ? `--- ${name}\n${tail(text, lines)}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** One Java process of the launcher, until it has printed its ready line. */
interface Launched {
  child: ChildProcess;
  uri: string;
  /** Stops this process: SIGTERM, then SIGKILL after 30 s. */
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 30_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
}

/** Starts one launcher process and resolves once Bolt accepts connections. */
function launch(options: LocalNeo4jOptions, jar: string, onSpawn: (child: ChildProcess) => void): Promise<Launched> {
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseSerialGC',
      '-jar',
      jar,
      '--port',
      String(options.port),
      '--data',
      options.dataDir,
      '--page-cache',
      options.pageCache,
      '--exit-on-stdin-close',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  onSpawn(child);

  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-16_384);
  });
  const stop = stopChild(child);

  return new Promise<Launched>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const failed = (reason: string) => {
      const details = [tail(stderr, 10), lastLogLines(options.dataDir, 10)].filter(Boolean).join('\n');
      reject(new LocalNeo4jError(`Neo4j failed to start: ${reason}${details ? `\n${details}` : ''}`));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      const launcherError = /^error: (.*)$/m.exec(stderr)?.[1];
      failed(launcherError ?? `the launcher exited with ${code ?? signal}`);
    };
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      void stop();
      failed(`no ready line within ${Math.round(timeoutMs / 1000)}s`);
    }, timeoutMs);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ready = /^ready (bolt:\/\/\S+)$/.exec(line.trim());
      if (ready) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve({ child, uri: ready[1]!, stop });
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      failed(error.message);
    });
    child.once('exit', onExit);
  });
}

/**
 * How the bundled Neo4j is kept running: after its process dies (killed, out of memory), it is
 * started again on the same port and data folder, at once and then after pauses doubling from
 * 1 s; after MAX_FAILED_RESTARTS failed attempts in a row it is left down with a message saying
 * so. A Neo4j that ran for STABLE_AFTER_MS counts as recovered: its next death starts afresh.
 */
export const MAX_FAILED_RESTARTS = 5;
const FIRST_RESTART_PAUSE_MS = 1_000;
const STABLE_AFTER_MS = 60_000;

/**
 * Starts the bundled Neo4j on 127.0.0.1 and resolves once Bolt accepts connections; from then on
 * it is supervised (see MAX_FAILED_RESTARTS) until `stop()`. The launcher exits by itself when
 * our stdin pipe closes, so a crashed parent leaves no Java behind.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  requireJava();
  const jar = await ensureLauncherJar(log);
  await requirePortFree(options.port);
  fs.mkdirSync(options.dataDir, { recursive: true });

  let current: ChildProcess;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | null = null;
  let failedRestarts = 0;
  let pendingStart: Promise<unknown> | null = null;
  const onSpawn = (child: ChildProcess) => {
    current = child;
  };

  const first = await launch(options, jar, onSpawn);
  const uri = first.uri;

  const supervise = (launched: Launched, readyAt: number) => {
    launched.child.once('exit', (code, signal) => {
      if (stopping || options.supervise === false) return;
      if (Date.now() - readyAt >= STABLE_AFTER_MS) failedRestarts = 0;
      log(`the bundled Neo4j (pid ${launched.child.pid}) exited with ${signal ?? code}: starting it again`);
      scheduleRestart(0);
    });
  };

  const scheduleRestart = (pauseMs: number) => {
    restartTimer = setTimeout(() => {
      restartTimer = null;
      if (stopping) return;
      const attempt = failedRestarts + 1;
      const started = Date.now();
      pendingStart = launch(options, jar, onSpawn).then(
        (launched) => {
          pendingStart = null;
          if (stopping) return launched.stop();
          log(`the bundled Neo4j is running again (pid ${launched.child.pid}, attempt ${attempt}, ready in ${Date.now() - started} ms)`);
          supervise(launched, Date.now());
        },
        (error: unknown) => {
          pendingStart = null;
          if (stopping) return;
          failedRestarts += 1;
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          if (failedRestarts >= MAX_FAILED_RESTARTS) {
            log(
              `the bundled Neo4j failed to start ${failedRestarts} times in a row (${reason}); not trying again: ` +
                `see ${path.join(options.dataDir, 'logs')}, then restart the API`,
            );
            return;
          }
          const pause = FIRST_RESTART_PAUSE_MS * 2 ** (failedRestarts - 1);
          log(`the bundled Neo4j failed to start (attempt ${attempt} of ${MAX_FAILED_RESTARTS}: ${reason}); trying again in ${pause} ms`);
          scheduleRestart(pause);
        },
      );
    }, pauseMs);
  };
  supervise(first, Date.now());

  return {
    uri,
    get pid() {
      return current.pid!;
    },
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      await stopChild(current)();
      await pendingStart?.catch(() => undefined);
    },
  };
}
