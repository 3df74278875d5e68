import fs from 'node:fs';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { primaryLabel } from '../../src/data/rows.js';
import { parsePartnerArgs } from '../../src/data/explore/arguments.js';
import { readPartnerCandidates } from '../../src/data/explore/reads.js';
import { parseSearchArgs, searchEntities } from '../../src/data/search.js';
import type { EntityRow } from '../../src/model/rows.generated.js';

export const TYPE_DEFS_FILE = new URL('./type-defs.graphql', import.meta.url);

/**
 * Query.search: the API's statement and name matcher, called from a custom resolver (what
 * @neo4j/graphql leaves to the application when Cypher cannot express the question).
 */
function searchResolver(driver: Driver) {
  return async (_parent: unknown, args: { text: string; first: number }, context: Neo4jGraphQLContext) => {
    const ctx = createContext({
      driver,
      database: context.sessionConfig?.database ?? 'neo4j',
      transactionTimeoutMs: Number(context.transaction?.timeout ?? 15_000),
    });
    const hits = await searchEntities(ctx, parseSearchArgs(args), { fullEntities: false });
    return hits.map((hit) => ({
      score: hit.score,
      matchedOn: hit.matchedOn,
      matchedText: hit.matchedText,
      entity: { id: hit.entity.id, name: hit.entity.name, type: primaryLabel(hit.entity.labels) },
    }));
  };
}

/** Query.partnerCandidates: the API's statement, every candidate type, from a custom resolver. */
function partnerResolver(driver: Driver) {
  return async (_parent: unknown, args: { enterpriseId: string; inArea: string; first: number }, context: Neo4jGraphQLContext) => {
    const ctx = createContext({
      driver,
      database: context.sessionConfig?.database ?? 'neo4j',
      transactionTimeoutMs: Number(context.transaction?.timeout ?? 15_000),
    });
    const request = parsePartnerArgs({ ...args, candidateTypes: ['ENTERPRISE', 'ORGANIZATION', 'PLATFORM'] });
    const ref = (entity: EntityRow) => ({ id: entity.id, name: entity.name, type: primaryLabel(entity.labels) });
    return (await readPartnerCandidates(ctx, request)).map((candidate) => ({
      score: candidate.score,
      entity: ref(candidate.entity),
      reasons: candidate.reasons.map((reason) => ({ kind: reason.kind, weight: reason.weight, via: ref(reason.via) })),
    }));
  };
}

/** The executable schema @neo4j/graphql builds from bench/neo4j-graphql/type-defs.graphql. */
export async function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: fs.readFileSync(TYPE_DEFS_FILE, 'utf8'),
    driver,
    resolvers: { Query: { search: searchResolver(driver), partnerCandidates: partnerResolver(driver) } },
  });
  return neoSchema.getSchema();
}
