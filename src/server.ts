import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { type AuthConfig, createAuthenticator, DEFAULT_AUTH } from './auth/authenticate.js';
import { authPlugin } from './auth/plugin.js';
import { type Context, createContext } from './context.js';
import { BOOKMARKS_HEADER, parseBookmarksHeader } from './editing/bookmarks.js';
import { bookmarksPlugin } from './graphql/plugins/bookmarks.js';
import { resolvers } from './graphql/resolvers.generated.js';
import { roundTripsPlugin } from './graphql/plugins/round-trips.js';
import { loadTypeDefs } from './graphql/type-defs.js';
import { healthRoutes } from './http/health.js';
import { webRoutes } from './http/web.js';

export interface ServerOptions {
  driver: Driver;
  neo4jUri: string;
  database: string;
  transactionTimeoutMs: number;
  host: string;
  port: number;
  /** Who may read and write; by default reads are open and every write is refused. */
  auth?: AuthConfig;
}

export interface RunningServer {
  url: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

/** Composes Apollo and the HTTP routes over an existing driver, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const auth = options.auth ?? DEFAULT_AUTH;
  const authenticate = createAuthenticator(auth);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      roundTripsPlugin(),
      authPlugin({ readsRequireAuth: auth.readsRequireAuth }),
      bookmarksPlugin(),
    ],
    // main.ts owns SIGINT/SIGTERM: it stops HTTP, the driver and Neo4j in order. Apollo's own
    // handlers would race it (and are off under NODE_ENV=test, which hid the race from tests).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(healthRoutes({ driver: options.driver, uri: options.neo4jUri, database: options.database }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          {
            driver: options.driver,
            database: options.database,
            transactionTimeoutMs: options.transactionTimeoutMs,
          },
          undefined,
          { caller: await authenticate(req.headers.authorization), bookmarks: parseBookmarksHeader(req.headers[BOOKMARKS_HEADER]) },
        ),
    }),
  );
  app.use(webRoutes());

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${options.port} on ${options.host} is already in use: stop what uses it or set PORT`)
          : error,
      ),
    );
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  return { url, graphqlUrl: `${url}/graphql`, stop: () => apollo.stop() };
}
