import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { statement } from './cypher.js';

export class Neo4jConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jConnectionError';
  }
}

export interface DriverOptions {
  uri: string;
  /** Omitted for the bundled local Neo4j, which runs without auth on loopback. */
  credentials?: { user: string; password: string };
}

export function createDriver({ uri, credentials }: DriverOptions): Driver {
  return neo4j.driver(uri, credentials ? neo4j.auth.basic(credentials.user, credentials.password) : undefined, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'chengyu-graph',
  });
}

/** One line a user can act on, for any failure to reach or log in to Neo4j. */
export function describeConnectionFailure(error: unknown, uri: string, database: string): string {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return `Neo4j at ${uri} rejected the credentials (check NEO4J_USER and NEO4J_PASSWORD)`;
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return `Neo4j at ${uri} has no database "${database}" (check NEO4J_DATABASE)`;
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return `cannot reach Neo4j at ${uri} (is it running, and is NEO4J_URI right?): ${firstLine(error.message)}`;
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return `cannot use Neo4j at ${uri}: ${firstLine(message)}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** Proves the driver reaches the database and may read it; throws Neo4jConnectionError otherwise. */
export async function verifyDatabase(driver: Driver, uri: string, database: string): Promise<void> {
  try {
    await driver.executeQuery(statement('ping').text, {}, { database, routing: neo4j.routing.READ });
  } catch (error) {
    throw new Neo4jConnectionError(describeConnectionFailure(error, uri, database));
  }
}
