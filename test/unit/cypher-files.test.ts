import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherFileError, expandFragments, loadCypherDirectory, parseCypherFile } from '../../src/db/cypher-files.js';
import { CYPHER_DIR, cypherStatements, defineQuery } from '../../src/db/cypher.js';

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
    ['@repeat without @end', '// @name q\n// @repeat n in 1..2\nRETURN {n}', /f.cypher:2: bad @repeat: no \/\/ @end/],
    ['empty @repeat range', '// @name q\n// @repeat n in 3..2\nRETURN {n}\n// @end', /bad @repeat: 3..2 is empty/],
    ['header inside @repeat', '// @name q\n// @repeat n in 1..2\n// @param x: int\nRETURN $x\n// @end', /@param inside the block of line 2/],
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

describe('@repeat blocks', () => {
  it('write a branch once: one copy per value, {n} replaced, the separator between copies', () => {
    const source = [
      '// @name bounded',
      '// @param k: int',
      'CALL () {',
      '  // @repeat n in 1..3 separated by UNION ALL',
      '  WITH 1 AS one WHERE $k = {n}',
      '  RETURN {n} AS bound',
      '  // @end',
      '}',
      'RETURN bound',
    ].join('\n');
    const [statement] = parseCypherFile(source, 'f.cypher');
    expect(statement!.text).toBe(
      [
        'CALL () {',
        '  WITH 1 AS one WHERE $k = 1',
        '  RETURN 1 AS bound',
        '  UNION ALL',
        '  WITH 1 AS one WHERE $k = 2',
        '  RETURN 2 AS bound',
        '  UNION ALL',
        '  WITH 1 AS one WHERE $k = 3',
        '  RETURN 3 AS bound',
        '}',
        'RETURN bound',
      ].join('\n'),
    );
  });

  it('take a fragment into every copy when an @include line is inside the block', () => {
    const source = ['// @fragment positive', 'x > 0', '', '// @name q', 'UNWIND [1] AS x', '// @repeat n in 1..2 separated by UNION ALL', 'RETURN {n} AS n WHERE', '  // @include positive', '// @end'].join('\n');
    const q = expandFragments(parseCypherFile(source, 'f.cypher')).find((s) => s.name === 'q')!;
    expect(q.text).toBe(['UNWIND [1] AS x', 'RETURN 1 AS n WHERE', '  // positive (f.cypher)', '  x > 0', 'UNION ALL', 'RETURN 2 AS n WHERE', '  // positive (f.cypher)', '  x > 0'].join('\n'));
  });

  it('give the paths statements one branch per path length they allow', () => {
    const shortest = cypherStatements.get('paths')!.text;
    for (let n = 1; n <= 6; n += 1) {
      expect(shortest).toContain(`WITH a, b WHERE $maxLength = ${n}\n    MATCH p = allShortestPaths((a)-[*..${n}]-(b))`);
    }
    const widen = cypherStatements.get('pathsWiden')!.text;
    for (let n = 2; n <= 6; n += 1) {
      expect(widen).toContain(`WITH a, b WHERE $maxLength = ${n}\n    MATCH p = SHORTEST 2 GROUPS (a)(()-[r WHERE startNode(r) <> endNode(r) AND NOT type(r) IN $excludeRelationshipTypes]-`);
      expect(widen).toContain(`{1,${n}}(b)`);
    }
    for (const text of [shortest, widen]) {
      expect(text).not.toContain('{n}');
      expect(text).toContain('LIMIT toInteger($first)\n');
    }
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

describe('@each blocks', () => {
  const source = [
    '// @name pages',
    '// @param groups: int[]',
    'WITH [] AS all',
    '// @each group with pattern',
    'CALL () {',
    '  MATCH {pattern} WHERE n.rank = $groups[{group}]',
    '  RETURN count(m) AS found',
    '}',
    'WITH all + [found] AS all',
    '// @end',
    'RETURN all',
  ].join('\n');

  it('keep the block between its marker lines and name the copy and the slots', () => {
    const [statement] = parseCypherFile(source, 'f.cypher');
    expect(statement!.each).toEqual({ copy: 'group', slots: ['pattern'] });
    expect(statement!.text.split('\n')).toEqual(source.split('\n').slice(2));
  });

  it.each([
    ['a block without @end', '// @name q\n// @each g with p\nMATCH {p} RETURN {g}', /f.cypher:2: bad @each: no \/\/ @end/],
    ['a name neither copy nor slot', '// @name q\n// @each g with p\nMATCH {p} RETURN {g}, {x}\n// @end', /bad @each: \{x\} is neither the copy nor a slot/],
    ['a slot the block never uses', '// @name q\n// @each g with p, q\nMATCH {p} RETURN {g}\n// @end', /bad @each: \{q\} is declared but the block never uses it/],
    ['a header inside the block', '// @name q\n// @each g with p\n// @param x: int\nMATCH {p} RETURN {g}, $x\n// @end', /bad @each: @param inside the block of line 2/],
    ['two blocks', '// @name q\n// @each g with p\nMATCH {p} RETURN {g}\n// @end\n// @each h with p\nMATCH {p} RETURN {h}\n// @end', /f.cypher:5: bad @each: one/],
    ['a block in a fragment', '// @fragment f\n// @each g with p\nMATCH {p} RETURN {g}\n// @end', /bad @each: one .* not in a fragment/],
  ])('reject %s', (_case, text, message) => {
    expect(() => parseCypherFile(text, 'f.cypher')).toThrow(message);
  });

  it('are not run as a plain statement', () => {
    expect(() => defineQuery('relatedPages')).toThrow(/relatedPages has a \/\/ @each block: run it with defineComposedQuery/);
  });
});
