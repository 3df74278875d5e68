import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { type AuthConfig, createAuthenticator, DEFAULT_AUTH } from './auth/authenticate.js';
import { authPlugin } from './auth/plugin.js';
import { type Context, createContext } from './context.js';
import { neo4jAvailability } from './db/availability.js';
import { parseBookmarksHeader } from './http/bookmarks-header.js';
import { BOOKMARKS_HEADER } from './model/errors.js';
import { operationLimits } from './graphql/limits.js';
import { bookmarksPlugin } from './graphql/plugins/bookmarks.js';
import { errorBounds } from './graphql/plugins/error-bounds.js';
import { errorMasking } from './graphql/plugins/error-masking.js';
import { knownOperationTypes } from './graphql/operation-types.js';
import { requestLog } from './graphql/plugins/request-log.js';
import { resolvers } from './graphql/resolvers.generated.js';
import { httpCachePlugin } from './graphql/plugins/http-cache.js';
import { roundTripsPlugin } from './graphql/plugins/round-trips.js';
import { BUILT_IN_MANIFESTS, persistedQueryCache, readManifests, trustedDocumentsPlugin } from './graphql/trusted-documents.js';
import { loadTypeDefs, printSchemaSdl } from './graphql/type-defs.js';
import { graphqlCors } from './http/cors.js';
import { graphqlBodyErrors, readJsonBody, refuseBatches, refuseOversizedVariables } from './http/graphql-body.js';
import { lastErrorHandler, notFound } from './http/last-error-handler.js';
import { healthRoutes } from './http/health.js';
import { schemaDownloadRoute } from './http/schema-download.js';
import { webRoutes } from './http/web.js';
import { backupRoutes } from './http/backup.js';
import { type Logger, silentLogger } from './logging/logger.js';

/** A request's headers must arrive within this time, the whole request (body included) within the next: 408 otherwise. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface ServerOptions {
  driver: Driver;
  neo4jUri: string;
  database: string;
  transactionTimeoutMs: number;
  /** How long transient Neo4j failures are retried (NEO4J_MAX_RETRY_TIME_MS). */
  maxRetryTimeMs?: number;
  host: string;
  port: number;
  /** Who may read and write; by default reads are open and every write is refused. */
  auth?: AuthConfig;
  /** Where request lines and unexpected errors go; silent by default. */
  logger?: Logger;
  /** Hides field suggestions, and turns introspection and GraphiQL off unless they are asked for. */
  production?: boolean;
  /** Default: on unless in production. */
  introspection?: boolean;
  /** Serve GraphiQL at /graphiql; default: unless in production. */
  graphiql?: boolean;
  /** Origins whose pages may call /graphql from a browser; none: same origin only. */
  corsOrigins?: string[];
  /** Default HEADERS_TIMEOUT_MS and REQUEST_TIMEOUT_MS. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Serve the SDL at GET /schema.graphql; default: on, in every mode. */
  schemaDownload?: boolean;
  /** `only`: run nothing but the trusted documents (the built-in manifests and `manifests`); default `any`. */
  trustedDocuments?: { mode: 'any' | 'only'; manifests?: string[] };
  /** Default max-age (seconds) of cacheable GET reads; default 60. */
  httpCacheMaxAge?: number;
}

export interface RunningServer {
  url: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

/** Composes Apollo and the HTTP routes over an existing driver, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Node checks the two limits below every connectionsCheckingInterval; its defaults (60 s for
  // headers, 300 s for a whole request, checked every 30 s) let a client hold a connection long.
  const httpServer = http.createServer(
    {
      headersTimeout: options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  const auth = options.auth ?? DEFAULT_AUTH;
  const authenticate = createAuthenticator(auth);
  const logger = options.logger ?? silentLogger();
  const production = options.production ?? false;
  const limits = operationLimits({ production });
  const masking = errorMasking(logger);
  const bounds = errorBounds({ hideSuggestions: production });
  const requests = requestLog(logger);
  const availability = neo4jAvailability({ driver: options.driver, uri: options.neo4jUri, database: options.database, logger });
  const typeDefs = loadTypeDefs();
  const trustedMode = options.trustedDocuments?.mode ?? 'any';
  const trusted = readManifests([...BUILT_IN_MANIFESTS, ...(options.trustedDocuments?.manifests ?? [])]);
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    logger,
    introspection: options.introspection ?? !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: limits.parseOptions,
    validationRules: [knownOperationTypes, ...limits.validationRules],
    formatError: bounds.formatError(masking.formatError),
    persistedQueries: { cache: persistedQueryCache(trusted, trustedMode) },
    plugins: [
      bounds.plugin,
      requests.plugin,
      masking.plugin,
      ...limits.plugins,
      ...(trustedMode === 'only' ? [trustedDocumentsPlugin(trusted)] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      httpCachePlugin(),
      ApolloServerPluginCacheControl({ defaultMaxAge: options.httpCacheMaxAge ?? 60 }),
      roundTripsPlugin(),
      authPlugin({ readsRequireAuth: auth.readsRequireAuth, changesReadRole: auth.changesReadRole ?? 'editor' }),
      bookmarksPlugin(),
    ],
    // main.ts owns SIGINT/SIGTERM: it stops HTTP, the driver and Neo4j in order. Apollo's own
    // handlers would race it (and are off under NODE_ENV=test, which hid the race from tests).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(compression());
  app.use(healthRoutes({ availability }));
  app.use(backupRoutes({ driver: options.driver, database: options.database, authenticate, logger }));
  if (options.schemaDownload ?? true) app.use(schemaDownloadRoute(printSchemaSdl(typeDefs)));
  app.use(
    '/graphql',
    requests.middleware,
    ...graphqlCors(options.corsOrigins ?? []),
    readJsonBody,
    refuseBatches,
    refuseOversizedVariables,
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        requests.bind(
          createContext(
            {
              driver: options.driver,
              database: options.database,
              transactionTimeoutMs: options.transactionTimeoutMs,
              maxRetryTimeMs: options.maxRetryTimeMs,
              availability,
            },
            String(res.locals.requestId),
            { caller: await authenticate(req.headers.authorization), bookmarks: parseBookmarksHeader(req.headers[BOOKMARKS_HEADER]) },
          ),
          res,
        ),
    }),
    graphqlBodyErrors(logger),
  );
  app.use(webRoutes({ graphiql: options.graphiql ?? !production }));
  app.use(notFound);
  app.use(lastErrorHandler(logger));

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
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    async stop() {
      await apollo.stop();
      availability.stop();
    },
  };
}
