import { describe, expect, it } from 'vitest';
import { statement } from '../../src/db/cypher.js';
import { MAX_DEPTH, MAX_PATH_LENGTH } from '../../src/data/explore/arguments.js';

/** The text between `// <block>:begin` and `// <block>:end`, indentation removed. */
function block(name: string, marker: string): string {
  const text = statement(name).text;
  const match = new RegExp(String.raw`// ${marker}:begin
([\s\S]*?)
\s*// ${marker}:end`).exec(text);
  if (!match) throw new Error(`${name} has no ${marker} block`);
  return match[1]!
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

describe('cypher/explore', () => {
  it('decides the side of an entity with the same text in taskCoverage and partnerCandidates', () => {
    for (const marker of ['side-homes', 'side']) {
      expect(block('partnerCandidates', marker)).toBe(block('taskCoverage', marker));
      expect(block('taskCoverage', marker)).toContain('MATCH');
    }
  });

  it('declares the parameters the data layer sends', () => {
    const params = (name: string) => statement(name).params.map((p) => p.name).sort();
    expect(params('taskCoverage')).toEqual([]);
    expect(params('neighborhood')).toEqual(['briefNodes', 'depth', 'id', 'limit', 'relationshipProperties', 'relationshipTypes']);
    expect(params('paths')).toEqual(['first', 'fromId', 'maxLength', 'toId']);
    expect(params('partnerCandidates')).toEqual(['enterpriseId', 'first', 'inArea', 'industry', 'weights']);
  });

  it('reaches as far as the largest depth and path length the arguments allow', () => {
    const levels = [...statement('neighborhood').text.matchAll(/collect\(DISTINCT n\) AS level(\d)/g)].map((m) => Number(m[1]));
    expect(levels).toEqual(Array.from({ length: MAX_DEPTH }, (_, i) => i + 1));
    expect(statement('paths').text).toContain(`{1,${MAX_PATH_LENGTH}}(b)`);
  });
});
