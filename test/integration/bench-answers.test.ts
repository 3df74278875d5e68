import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningNeo4jGraphQLServer, startNeo4jGraphQLServer } from '../../bench/neo4j-graphql/server.js';
import { assertSameAnswers, type CanonicalAnswers, canonicalAnswers, type SideEndpoints } from '../../bench/measure/answers.js';
import { benchQueries } from '../../bench/queries/index.js';
import { CURATED_TARGETS, syntheticTargets } from '../../bench/queries/targets.js';
import type { BenchQuery } from '../../bench/queries/types.js';
import { generateSyntheticGraph, syntheticLandmarks } from '../../src/generate/generate.js';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { TEST_DATABASE, TEST_TX_TIMEOUT_MS } from '../support/neo4j.js';

// The benchmark (npm run bench) times its three sides only after they agree; here they must agree
// on the curated graph and on a small synthetic one, without any timing.
const SYNTHETIC = { enterprises: 300, seed: 11 };

let api: SeededApi;
let neo4jGraphQL: RunningNeo4jGraphQLServer;
let sides: SideEndpoints;

beforeAll(async () => {
  api = await startSeededApi();
  neo4jGraphQL = await startNeo4jGraphQLServer({
    driver: api.driver,
    database: TEST_DATABASE,
    transactionTimeoutMs: TEST_TX_TIMEOUT_MS,
    host: '127.0.0.1',
    port: 0,
  });
  sides = {
    oursUrl: api.server.graphqlUrl,
    neo4jGraphQLUrl: neo4jGraphQL.graphqlUrl,
    raw: { driver: api.driver, database: TEST_DATABASE, transactionTimeoutMs: TEST_TX_TIMEOUT_MS },
  };
});

afterAll(async () => {
  await neo4jGraphQL?.stop();
  await api?.stop();
});

const cases = (queries: BenchQuery[]) => queries.map((query) => [query.name, query] as const);

/** Something to compare: an answer with no items at all would make equality say little. */
function hasContent(answer: unknown): boolean {
  if (Array.isArray(answer)) return answer.length > 0;
  if (answer && typeof answer === 'object') return Object.values(answer).some(hasContent);
  return answer !== null && answer !== undefined && answer !== false && answer !== 0;
}

describe('the three sides of the benchmark', () => {
  describe('on the curated graph', () => {
    it.each(cases(benchQueries(CURATED_TARGETS)))('%s: a, b and c give the same answer', async (_name, query) => {
      const answers = await canonicalAnswers(query, sides);

      expect(() => assertSameAnswers(query, answers)).not.toThrow();
      expect(hasContent(answers.ours)).toBe(true);
    });
  });

  describe(`with ${SYNTHETIC.enterprises} synthetic enterprises`, () => {
    const targets = syntheticTargets(syntheticLandmarks(SYNTHETIC));

    beforeAll(async () => {
      await generateSyntheticGraph(api.driver, { ...SYNTHETIC, database: TEST_DATABASE });
    });

    it.each(cases(benchQueries(targets)))('%s: a, b and c give the same answer', async (_name, query) => {
      const answers = await canonicalAnswers(query, sides);

      expect(() => assertSameAnswers(query, answers)).not.toThrow();
      expect(hasContent(answers.ours)).toBe(true);
    });

    it('the hub enterprise is asked about with more relationships than one page holds', async () => {
      const [entityById] = benchQueries(targets);
      const answer = (await canonicalAnswers(entityById!, sides)).ours as { cooperatesWith: { totalCount: number; edges: unknown[] } };

      expect(answer.cooperatesWith.totalCount).toBeGreaterThan(answer.cooperatesWith.edges.length);
    });
  });

  it('a difference fails the check, naming the query, the side and where', () => {
    const [query] = benchQueries(CURATED_TARGETS);
    const answers: CanonicalAnswers = {
      ours: { nodes: [{ id: 'a' }, { id: 'b' }] },
      neo4jGraphQL: { nodes: [{ id: 'a' }, { id: 'c' }] },
      raw: { nodes: [{ id: 'a' }, { id: 'b' }] },
    };

    expect(() => assertSameAnswers(query!, answers)).toThrow(
      'entityById: a (this API) and b (@neo4j/graphql) differ at $.nodes[1].id: "b" against "c"',
    );
  });
});
