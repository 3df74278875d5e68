import { afterAll, beforeAll, describe } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { seedCuratedGraph } from './curated.js';
import { type RunningServer, type ServerOptions, startServer } from '../../src/server.js';
import { clearDatabase, TEST_DATABASE, testDriver, testNeo4jUri, TEST_TX_TIMEOUT_MS } from './neo4j.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { neo4j?: { roundTrips: number; bookmarks?: string[] } };
}

export interface SeededApi {
  driver: Driver;
  server: RunningServer;
  /** POSTs one operation to /graphql and returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like query, with the HTTP status. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResponse<T> }>;
  stop(): Promise<void>;
}

/** What a test may set of the server; the logger is silent unless one is given. */
export type SeededApiOptions = Partial<
  Pick<
    ServerOptions,
    | 'auth'
    | 'logger'
    | 'production'
    | 'introspection'
    | 'graphiql'
    | 'corsOrigins'
    | 'headersTimeoutMs'
    | 'requestTimeoutMs'
    | 'transactionTimeoutMs'
    | 'schemaDownload'
    | 'trustedDocuments'
    | 'httpCacheMaxAge'
  >
>;

/** Seeds the curated graph into the test Neo4j and starts the API over it on a free port. */
export async function startSeededApi(options: SeededApiOptions = {}): Promise<SeededApi> {
  const driver = testDriver();
  await seedCuratedGraph(driver);
  const server = await startServer({
    driver,
    neo4jUri: testNeo4jUri(),
    database: TEST_DATABASE,
    transactionTimeoutMs: TEST_TX_TIMEOUT_MS,
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
  const post = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<never> };
  };
  return {
    driver,
    server,
    async query(query, variables, headers) {
      return (await post(query, variables, headers)).body;
    },
    post,
    async stop() {
      await server.stop();
      await clearDatabase(driver);
      await driver.close();
    },
  };
}

/**
 * A describe block over one seeded API: started before its tests, stopped after them. `body`
 * receives the API; use it inside tests and hooks only (it is there once the suite has started).
 */
export function describeWithSeededApi(name: string, body: (api: SeededApi) => void, options: SeededApiOptions = {}): void {
  describe(name, () => {
    let started: SeededApi | undefined;
    beforeAll(async () => {
      started = await startSeededApi(options);
    });
    afterAll(async () => {
      await started?.stop();
    });
    body(
      new Proxy({} as SeededApi, {
        get(_target, key) {
          if (!started) throw new Error(`the seeded API of "${name}" is used before the suite started`);
          return Reflect.get(started, key);
        },
      }),
    );
  });
}

/**
 * More servers over the seeded API's database, with settings of their own (production mode,
 * trusted documents…): `start` one, `stopAll` after the tests.
 */
export function extraServers(api: () => SeededApi) {
  const servers: RunningServer[] = [];
  return {
    async start(options: Partial<ServerOptions>): Promise<RunningServer> {
      const server = await startServer({
        driver: api().driver,
        neo4jUri: testNeo4jUri(),
        database: TEST_DATABASE,
        transactionTimeoutMs: TEST_TX_TIMEOUT_MS,
        host: '127.0.0.1',
        port: 0,
        ...options,
      });
      servers.push(server);
      return server;
    },
    async stopAll(): Promise<void> {
      await Promise.all(servers.splice(0).map((server) => server.stop()));
    },
  };
}
