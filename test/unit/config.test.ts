import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the bundled Neo4j and 127.0.0.1:4000', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
    expect(config.database).toBe('neo4j');
    expect(config.neo4j).toEqual({
      kind: 'local',
      port: 7687,
      dataDir: path.resolve('/srv/app', '.neo4j/data'),
      heap: '512m',
      pageCache: '256m',
    });
  });

  it('uses NEO4J_URI with credentials when given', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    expect(config.neo4j).toEqual({ kind: 'remote', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty" must be a number'],
    [{ PORT: '70000' }, 'PORT="70000" must be between 1 and 65535'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI="http://localhost:7474" must be a neo4j:// or bolt:// URI'],
    [{ NEO4J_DATABASE: 'no spaces' }, 'NEO4J_DATABASE="no spaces" must be a valid Neo4j database name'],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, 'NEO4J_LOCAL_HEAP="lots" must look like 512m or 2g'],
    [{ NEO4J_TX_TIMEOUT_MS: '5' }, 'NEO4J_TX_TIMEOUT_MS="5" must be at least 100'],
  ])('names the bad value in %o', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('reports every bad value at once', () => {
    try {
      loadConfig({ PORT: 'x', NEO4J_URI: 'ftp://x' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
