import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherFileError, expandFragments, loadCypherDirectory, parseCypherFile } from '../../src/db/cypher-files.js';
import { CYPHER_DIR, cypherStatements } from '../../src/db/cypher.js';

describe('parseCypherFile', () => {
  it('reads name, description, params, returns and text of each statement', () => {
    const source = [
      '// helpers for platforms',
      '',
      '// @name platformsByIds',
      '// Platforms in key order.',
      '// @param ids: string[]',
      '// @returns id, name',
      'UNWIND $ids AS id',
      'MATCH (p:Platform {id: id}) RETURN p.id AS id, p.name AS name',
      '',
      '// @name countPlatforms',
      'MATCH (p:Platform) RETURN count(p) AS n',
    ].join('\n');
    const [first, second] = parseCypherFile(source, 'platforms.cypher');
    expect(first).toMatchObject({
      name: 'platformsByIds',
      description: 'Platforms in key order.',
      params: [{ name: 'ids', type: 'string[]' }],
      returns: ['id', 'name'],
      origin: 'platforms.cypher:3',
    });
    expect(first!.text).toBe('UNWIND $ids AS id\nMATCH (p:Platform {id: id}) RETURN p.id AS id, p.name AS name');
    expect(second).toMatchObject({ name: 'countPlatforms', params: [], text: 'MATCH (p:Platform) RETURN count(p) AS n' });
  });

  it.each([
    ['missing name', 'MATCH (n) RETURN n', /missing name: statement text before any \/\/ @name header/],
    ['bad @name', '// @name 1bad\nRETURN 1', /bad header: @name "1bad" must be an identifier/],
    ['malformed @param', '// @name q\n// @param ids\nRETURN $ids', /bad header: @param "ids" must read "name: type"/],
    ['unknown tag', '// @name q\n// @params ids: string\nRETURN 1', /bad header: unknown tag @params/],
    ['undeclared parameter', '// @name q\nRETURN $id', /uses \$id without a @param/],
    ['unused parameter', '// @name q\n// @param id: string\nRETURN 1', /declares @param id but never uses it/],
    ['empty statement', '// @name q\n// @param id: string\n', /statement q has no Cypher text/],
    ['header after text', '// @name q\nRETURN 1\n// @param id: string', /@param must follow a \/\/ @name line/],
  ])('rejects %s', (_case, source, message) => {
    expect(() => parseCypherFile(source, 'f.cypher')).toThrow(CypherFileError);
    expect(() => parseCypherFile(source, 'f.cypher')).toThrow(message);
  });
});

describe('fragments', () => {
  it('puts a fragment, indented like its // @include line, into every statement that includes it, and hands out no fragment', () => {
    const source = [
      '// @fragment double',
      '// Doubles x.',
      'WITH x * 2 AS x',
      '',
      '// @name twice',
      '// @param x: int',
      'WITH $x AS x',
      'CALL (x) {',
      '  // @include double',
      '  RETURN x AS y',
      '}',
      'RETURN y',
    ].join('\n');
    const statements = expandFragments(parseCypherFile(source, 'f.cypher'));
    expect(statements.map((s) => s.name)).toEqual(['twice']);
    expect(statements[0]!.text).toBe('WITH $x AS x\nCALL (x) {\n  // double (f.cypher)\n  WITH x * 2 AS x\n  RETURN x AS y\n}\nRETURN y');
  });

  it.each([
    ['a parameter in a fragment', '// @fragment f\nRETURN $x', /fragment f uses \$x: a fragment reads variables, not parameters/],
    ['a @param on a fragment', '// @fragment f\n// @param x: int\nRETURN 1', /fragment f takes no @param/],
    ['an include inside a fragment', '// @fragment f\nWITH 1 AS a\n// @include g\nRETURN a', /bad include: "g" must name a fragment, inside a statement/],
  ])('rejects %s', (_case, source, message) => {
    expect(() => parseCypherFile(source, 'f.cypher')).toThrow(message);
  });

  it('rejects an include of a fragment nobody defines, naming the statement', () => {
    const statements = parseCypherFile('// @name q\nWITH 1 AS a\n// @include nowhere\nRETURN a', 'q.cypher');
    expect(() => expandFragments(statements)).toThrow(/q.cypher:1: statement q includes nowhere, which no \/\/ @fragment defines/);
  });
});

describe('loadCypherDirectory', () => {
  it('rejects a name defined twice, naming both places', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'one.cypher'), '// @name same\nRETURN 1');
    fs.writeFileSync(path.join(dir, 'two.cypher'), '// @name same\nRETURN 2');
    expect(() => loadCypherDirectory(dir)).toThrow(/duplicate name: statement same is defined in a\/one.cypher:1 and two.cypher:1/);
    fs.rmSync(dir, { recursive: true });
  });

  it('loads every statement of the project', () => {
    expect(loadCypherDirectory(CYPHER_DIR).size).toBe(cypherStatements.size);
    expect(cypherStatements.has('graphStats')).toBe(true);
  });
});
