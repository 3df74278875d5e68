import fs from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

export const TYPE_DEFS_FILE = new URL('./type-defs.graphql', import.meta.url);

/** The executable schema @neo4j/graphql builds from bench/neo4j-graphql/type-defs.graphql. */
export async function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: fs.readFileSync(TYPE_DEFS_FILE, 'utf8'), driver });
  return neoSchema.getSchema();
}
