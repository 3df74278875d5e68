import { describe, expect, it } from 'vitest';
import { cypherStatements, statement } from '../../src/db/cypher.js';
import { MAX_DEPTH, MAX_PATH_LENGTH } from '../../src/data/explore/arguments.js';

describe('cypher/explore', () => {
  it('decides the side of an entity by the one shared fragment in every statement that needs it', () => {
    const fragment = cypherStatements.get('entitySides')!.text;
    expect(fragment).toContain('// side (shared/side.cypher)');
    for (const name of ['taskCoverage', 'partnerCandidates', 'entitySides', 'entitiesInArea']) {
      const text = statement(name).text;
      expect([name, text.includes('// sideHomes (shared/side.cypher)'), text.includes('// side (shared/side.cypher)')]).toEqual([name, true, true]);
      expect(text).not.toContain('@include');
    }
  });

  it('declares the parameters the data layer sends', () => {
    const params = (name: string) => statement(name).params.map((p) => p.name).sort();
    expect(params('taskCoverage')).toEqual([]);
    expect(params('neighborhood')).toEqual(['briefNodes', 'depth', 'id', 'limit', 'relationshipProperties', 'relationshipTypes']);
    expect(params('paths')).toEqual(['excludeIds', 'excludeLabels', 'excludeRelationshipTypes', 'first', 'fromId', 'maxLength', 'toId']);
    expect(params('pathsWiden')).toEqual([...params('paths'), 'hubDegree', 'shortestLength'].sort());
    expect(params('partnerCandidates')).toEqual(['candidateLabels', 'enterpriseId', 'first', 'hubTies', 'inArea', 'industry', 'shortlist', 'weights']);
  });

  it('reaches as far as the largest depth and path length the arguments allow', () => {
    const levels = [...new Set([...statement('neighborhood').text.matchAll(/^\s*RETURN .* AS level(\d)$/gm)].map((m) => Number(m[1])))];
    expect(levels).toEqual(Array.from({ length: MAX_DEPTH }, (_, i) => i + 1));
    expect(statement('paths').text).toContain(`[*..${MAX_PATH_LENGTH}]-(b)`);
    expect(statement('pathsWiden').text).toContain(`{1,${MAX_PATH_LENGTH}}(b)`);
  });
});
