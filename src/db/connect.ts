import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver, verifyDatabase } from './driver.js';
import { type LocalNeo4j, LocalNeo4jError, requirePortFree, startLocalNeo4j } from './local-neo4j.js';

export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this connection started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  log: (line: string) => void;
  /** For command-line tools: use a bundled Neo4j that `npm start` already runs instead of failing on its port. */
  reuseRunningLocal?: boolean;
}

/** Connects to NEO4J_URI, or to the bundled Neo4j (started here when needed), and proves the database answers. */
export async function connectNeo4j(config: Config, options: ConnectOptions): Promise<Neo4jConnection> {
  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  try {
    let uri: string;
    if (config.neo4j.kind === 'remote') {
      uri = config.neo4j.uri;
    } else if (options.reuseRunningLocal && (await portInUse(config.neo4j.port))) {
      uri = `bolt://127.0.0.1:${config.neo4j.port}`;
      options.log(`using the Neo4j already running at ${uri}`);
    } else {
      options.log(`starting the bundled Neo4j on 127.0.0.1:${config.neo4j.port} (data in ${config.neo4j.dataDir})…`);
      local = await startLocalNeo4j({ ...config.neo4j, log: options.log });
      uri = local.uri;
      options.log(`started the bundled Neo4j (pid ${local.pid}), Bolt at ${uri}`);
    }
    driver = createDriver({
      uri,
      credentials: config.neo4j.kind === 'remote' ? { user: config.neo4j.user, password: config.neo4j.password } : undefined,
      settings: config.driver,
    });
    // A cold or just recovered Neo4j may take a while over its first query: the API's timeout, not the ping's.
    await verifyDatabase(driver, uri, config.database, config.transactionTimeoutMs, { deadline: false });
    const openDriver = driver;
    const openLocal = local;
    return {
      driver: openDriver,
      uri,
      async close() {
        await openDriver.close();
        await openLocal?.stop();
      },
    };
  } catch (error) {
    await driver?.close();
    await local?.stop();
    throw error;
  }
}

async function portInUse(port: number): Promise<boolean> {
  try {
    await requirePortFree(port);
    return false;
  } catch (error) {
    if (error instanceof LocalNeo4jError) return true;
    throw error;
  }
}
