import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSourceFile, parseAddSourceArgs } from '../../src/sources/add-source-file.js';
import { commandPort } from '../../src/sources/command-port.js';
import { seedCuratedGraph } from '../support/curated.js';
import { clearDatabase, TEST_DATABASE, testDriver } from '../support/neo4j.js';

/** The command of docs/sources.md, as written there. */
const DOCUMENTED = fs.readFileSync('docs/sources.md', 'utf8').match(/^npm run add-source -- (.+)$/m)![1]!;

const codeOf = async (run: () => Promise<unknown>) => run().then(() => 'no error', (error: { extensions?: { code?: string } }) => error.extensions?.code);

describe('npm run add-source', () => {
  let driver: Driver;
  const sources = async () => Number((await driver.executeQuery('MATCH (s:Source) RETURN count(s) AS n', {}, { database: TEST_DATABASE })).records[0]!.get('n'));

  beforeAll(async () => {
    driver = testDriver();
    await seedCuratedGraph(driver);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('adds the documented file with its metadata once; the same file again changes nothing', async () => {
    const args = parseAddSourceArgs(DOCUMENTED.split(' '));
    expect(args).toEqual({ file: 'data/eval/ingest/visit.zh.txt', title: '天府新区党政代表团考察两江新区', publisher: '示例', publishedOn: '2020-04-24', url: 'https://example.org/visit', language: 'zh' });
    const first = await addSourceFile(commandPort(driver, TEST_DATABASE), args);
    expect(first).toMatchObject({ created: true, source: { title: args.title, publisher: '示例', publishedOn: '2020-04-24', url: 'https://example.org/visit', paragraphCount: 4 } });
    expect(first.source.addedBy).toMatch(/^cli:/);
    expect(first.mentionCount).toBeGreaterThan(10);
    const before = await sources();
    const again = await addSourceFile(commandPort(driver, TEST_DATABASE), args);
    expect(again).toMatchObject({ created: false, source: { id: first.source.id } });
    expect(again.message).toContain('nothing changed');
    expect(await sources()).toBe(before);
  });

  it('refuses a file that is not UTF-8, a missing file and a missing title, storing nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'add-source-'));
    const gbk = path.join(dir, 'gbk.txt');
    fs.writeFileSync(gbk, Uint8Array.from([0xc1, 0xbd, 0xbd, 0xad]));
    const before = await sources();
    expect(await codeOf(() => addSourceFile(commandPort(driver, TEST_DATABASE), { file: gbk, title: 'GBK' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(() => addSourceFile(commandPort(driver, TEST_DATABASE), { file: path.join(dir, 'none.txt'), title: 'none' }))).toBe('BAD_USER_INPUT');
    expect(() => parseAddSourceArgs([gbk])).toThrow(/usage: npm run add-source/);
    expect(await sources()).toBe(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
