import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/local-neo4j.js';
import { API_ENTRY, API_NODE_OPTIONS, buildApi } from '../../scripts/build-api.js';

// What `npm start` runs once its prestart step has compiled the API.
beforeAll(() => buildApi(), 180_000);

interface Started {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<number | null>;
}

function startMain(env: Record<string, string>): Started {
  // Without vitest's NODE_ENV=test, so the server runs as it does for a user.
  const { NODE_ENV: _testMode, ...userEnv } = process.env;
  const child = spawn(process.execPath, [...API_NODE_OPTIONS, API_ENTRY], {
    env: { ...userEnv, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a test can deliver Ctrl-C the way a terminal does: to the whole group.
    detached: true,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /ready at (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready`)));
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (pattern.test(line)) resolve(line);
    });
  });
}

/** A POST whose body is sent in two parts: the request is in flight until `finish()` sends the rest. */
function startSlowPost(url: string, body: string): { finish(): void; response: Promise<{ status: number; body: string }> } {
  const request = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode!, body: text }));
    });
  });
  const split = Math.floor(body.length / 2);
  request.write(body.slice(0, split));
  return { finish: () => request.end(body.slice(split)), response };
}

function javaProcessesUsing(dataDir: string): string[] {
  const result = spawnSync('pgrep', ['-f', dataDir], { encoding: 'utf8' });
  return result.stdout.split('\n').filter(Boolean);
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chengyu-main-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** npm start with its own Neo4j on free ports and a fresh data folder, killed after the test if still running. */
async function startMainWithOwnNeo4j(): Promise<{ started: Started; dataDir: string; url: string }> {
  const dataDir = path.join(tempDir(), 'data');
  const started = startMain({
    PORT: String(await freePort()),
    NEO4J_LOCAL_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA: dataDir,
  });
  cleanups.push(() => {
    if (started.child.exitCode === null) process.kill(-started.child.pid!, 'SIGKILL');
  });
  return { started, dataDir, url: await readyUrl(started.child) };
}

describe('npm start: its own Neo4j, stopped with the server', () => {
  it.each([
    ['SIGINT to the process group (Ctrl-C)', 'SIGINT' as const, true],
    ['SIGINT to the server process alone', 'SIGINT' as const, false],
    ['SIGTERM to the server process', 'SIGTERM' as const, false],
  ])('serves a query, then %s stops both and leaves no Java', async (_name, signal, toGroup) => {
    const { started, dataDir, url } = await startMainWithOwnNeo4j();

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { neo4jVersion } }' }),
    });
    expect(((await response.json()) as { data: { graphStats: { neo4jVersion: string } } }).data.graphStats.neo4jVersion).toMatch(/^5\./);
    expect(javaProcessesUsing(dataDir)).toHaveLength(1);

    process.kill(toGroup ? -started.child.pid! : started.child.pid!, signal);
    expect(await started.exit).toBe(0);
    expect(javaProcessesUsing(dataDir)).toEqual([]);
  }, 240_000);
});

describe('npm start: SIGTERM drains requests in flight', () => {
  it('a request still being sent gets its answer, then the process exits 0 and leaves no Java', async () => {
    const { started, dataDir, url } = await startMainWithOwnNeo4j();
    const stopping = waitForLine(started.child, /SIGTERM received/);

    const inFlight = startSlowPost(url, JSON.stringify({ query: '{ graphStats { neo4jVersion nodeCount } }' }));
    // The server has the request's headers (and half its body) before the signal arrives.
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.kill(started.child.pid!, 'SIGTERM');
    await stopping;
    // Shutting down, and still waiting for the request.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(started.child.exitCode).toBeNull();

    inFlight.finish();
    const { status, body } = await inFlight.response;
    expect(status).toBe(200);
    const answer = JSON.parse(body) as { data: { graphStats: { neo4jVersion: string; nodeCount: number } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.graphStats.neo4jVersion).toMatch(/^5\./);
    expect(answer.data.graphStats.nodeCount).toBeGreaterThan(0);

    expect(await started.exit).toBe(0);
    expect(javaProcessesUsing(dataDir)).toEqual([]);
  }, 240_000);
});

describe('npm start fails fast with one clear line', () => {
  it('when NEO4J_URI is unreachable', async () => {
    const started = startMain({ NEO4J_URI: 'neo4j://127.0.0.1:1', PORT: String(await freePort()) });
    expect(await started.exit).toBe(1);
    const lines = started.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: cannot reach Neo4j at neo4j:\/\/127\.0\.0\.1:1/);
  });

  it('when Java is not on PATH', async () => {
    const bin = tempDir();
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const started = startMain({ PATH: bin, PORT: String(await freePort()), NEO4J_LOCAL_DATA: path.join(bin, 'data') });
    expect(await started.exit).toBe(1);
    expect(started.stderr().trim()).toBe('error: Java not found on PATH: install JDK 17+ or set NEO4J_URI');
  });

  it('when the Neo4j port is taken', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    cleanups.push(() => blocker.close());
    const started = startMain({ NEO4J_LOCAL_PORT: String(port), PORT: String(await freePort()), NEO4J_LOCAL_DATA: path.join(tempDir(), 'd') });
    expect(await started.exit).toBe(1);
    expect(started.stderr()).toContain(`error: port ${port} on 127.0.0.1 is already in use`);
  });

  it('when a setting is invalid, naming it', async () => {
    const started = startMain({ PORT: 'abc' });
    expect(await started.exit).toBe(1);
    expect(started.stderr().trim()).toBe('error: invalid configuration: PORT="abc" must be a number');
  });
});
