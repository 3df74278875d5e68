import { describe, expect, it } from 'vitest';
import { composeText, relationshipPattern } from '../../src/db/composed-statement.js';
import { statement } from '../../src/db/cypher.js';

describe('relationshipPattern', () => {
  it('writes the types, the direction seen from n and the labels of the other end', () => {
    expect(relationshipPattern(['LOCATED_IN'], 'INCOMING', null).text).toBe('(n)<-[r:LOCATED_IN]-(m)');
    expect(relationshipPattern(['INTRODUCES', 'INTRODUCED_TO'], 'BOTH', ['Person']).text).toBe('(n)-[r:INTRODUCES|INTRODUCED_TO]-(m:Person)');
    expect(relationshipPattern(null, 'OUTGOING', ['Platform', 'Task']).text).toBe('(n)-[r]->(m:Platform|Task)');
  });

  it.each([
    [['LOCATED_IN]-(m) DETACH DELETE m //'], null, /"LOCATED_IN\]-\(m\) DETACH DELETE m \/\/" is not a relationship type name/],
    [['SERVES'], ['Platform` OR true'], /"Platform` OR true" is not a label name/],
    [[], null, /an empty list of relationship types/],
  ])('refuses anything but names: %j %j', (types, labels, message) => {
    expect(() => relationshipPattern(types, 'BOTH', labels)).toThrow(message);
  });
});

describe('composeText', () => {
  const block = (text: string) => text.split('\n').filter((line) => line.includes('$groups['));

  it('writes the block of relatedPages once per copy, with its number and pattern', () => {
    const text = composeText('relatedPages', [
      { pattern: relationshipPattern(['SERVES'], 'INCOMING', ['Platform']) },
      { pattern: relationshipPattern(['LOCATED_IN'], 'OUTGOING', null) },
    ]);
    expect(text).toContain('MATCH (n)<-[r:SERVES]-(m:Platform)\n');
    expect(text).toContain('COUNT { (n)<-[r:SERVES]-(m:Platform) }');
    expect(text).toContain('MATCH (n)-[r:LOCATED_IN]->(m)\n');
    expect(block(text).filter((line) => line.includes('$groups[0]'))).toHaveLength(2);
    expect(block(text).filter((line) => line.includes('$groups[1]'))).toHaveLength(2);
    expect(text).toContain('RETURN 1 AS group, at, null AS node');
    expect(text.match(/^UNION ALL$/gm)).toHaveLength(2);
    expect(text).not.toMatch(/\{(group|pattern)\}|@each|@end/);
    expect(text.startsWith(statement('relatedPages').text.split('\n// @each')[0]!)).toBe(true);
  });

  it('leaves the block out for no copies', () => {
    const text = composeText('relatedPages', []);
    expect(block(text)).toEqual([]);
    expect(text).not.toContain('UNION');
    expect(text.trimEnd().endsWith('RETURN null AS group, at, n {.*, labels: labels(n)} AS node, null AS totalCount, null AS edges')).toBe(true);
  });

  it('takes only pieces made by the builders', () => {
    expect(() => composeText('relatedPages', [{ pattern: { text: '(n)--(m) DETACH DELETE m' } as never }])).toThrow(
      /relatedPages: copy 0 has no Cypher piece for \{pattern\}/,
    );
    expect(() => composeText('entitiesByIds', [])).toThrow(/entitiesByIds has no \/\/ @each block to compose/);
  });
});
