import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { neo4jGraphQLSchema } from './schema.js';

export interface Neo4jGraphQLServerOptions {
  driver: Driver;
  database: string;
  /** Timeout of every transaction, as the API's NEO4J_TX_TIMEOUT_MS. */
  transactionTimeoutMs: number;
  host: string;
  /** 0 for a free port. */
  port: number;
}

export interface RunningNeo4jGraphQLServer {
  graphqlUrl: string;
  stop(): Promise<void>;
}

/**
 * The benchmark's side b: @neo4j/graphql's schema served by the same stack as the API (Apollo
 * Server on Express 5, JSON bodies up to 1 MB, landing page off), so the two differ in how they
 * answer, not in the HTTP layer.
 */
export async function startNeo4jGraphQLServer(options: Neo4jGraphQLServerOptions): Promise<RunningNeo4jGraphQLServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema: await neo4jGraphQLSchema(options.driver),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({
        sessionConfig: { database: options.database },
        transaction: { timeout: options.transactionTimeoutMs },
      }),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return { graphqlUrl: `http://${options.host}:${port}/graphql`, stop: () => apollo.stop() };
}
