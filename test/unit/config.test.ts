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

  it('runs in development by default: logs at info, introspection and GraphiQL on, no CORS', () => {
    expect(loadConfig({})).toMatchObject({ production: false, logLevel: 'info', introspection: true, graphiql: true, corsOrigins: [] });
  });

  it('turns introspection and GraphiQL off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false, graphiql: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: '1' })).toMatchObject({
      production: true,
      introspection: true,
      graphiql: true,
    });
    expect(loadConfig({ INTROSPECTION: 'false', GRAPHIQL: '0' })).toMatchObject({ production: false, introspection: false, graphiql: false });
  });

  it('serves the schema, runs any document and caches GET reads for 60 s by default', () => {
    expect(loadConfig({})).toMatchObject({ schemaDownload: true, trustedDocuments: { mode: 'any', manifests: [] }, httpCacheMaxAge: 60 });
    expect(loadConfig({ NODE_ENV: 'production' }).schemaDownload).toBe(true);
  });

  it('reads SCHEMA_DOWNLOAD, TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_MANIFESTS and HTTP_CACHE_MAX_AGE', () => {
    const config = loadConfig(
      { SCHEMA_DOWNLOAD: 'false', TRUSTED_DOCUMENTS: 'only', TRUSTED_DOCUMENTS_MANIFESTS: 'ops/a.json, /etc/b.json', HTTP_CACHE_MAX_AGE: '0' },
      '/srv/app',
    );
    expect(config).toMatchObject({
      schemaDownload: false,
      trustedDocuments: { mode: 'only', manifests: ['/srv/app/ops/a.json', '/etc/b.json'] },
      httpCacheMaxAge: 0,
    });
  });

  it.each([
    [{ TRUSTED_DOCUMENTS: 'some' }, 'TRUSTED_DOCUMENTS="some" must be any or only'],
    [{ HTTP_CACHE_MAX_AGE: '-1' }, 'HTTP_CACHE_MAX_AGE="-1" must be between 0 and 86400 (seconds)'],
    [{ SCHEMA_DOWNLOAD: 'maybe' }, 'SCHEMA_DOWNLOAD="maybe" must be true or false'],
  ])('refuses %o', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('reads LOG_LEVEL, silent included', () => {
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://explorer.example.org, http://localhost:5173,' }).corsOrigins).toEqual([
      'https://explorer.example.org',
      'http://localhost:5173',
    ]);
  });

  it.each([
    [{ NODE_ENV: 'staging' }, 'NODE_ENV="staging" must be development, production or test'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ INTROSPECTION: 'yes' }, 'INTROSPECTION="yes" must be true or false'],
    [{ GRAPHIQL: 'on' }, 'GRAPHIQL="on" must be true or false'],
    [{ CORS_ORIGINS: 'https://explorer.example.org/app' }, 'CORS_ORIGINS="https://explorer.example.org/app" has "https://explorer.example.org/app", which is not an origin'],
    [{ CORS_ORIGINS: 'https://a.example.org/' }, 'has "https://a.example.org/", which is not an origin'],
    [{ CORS_ORIGINS: 'https://a.example.org,*' }, 'has "*", which is not an origin'],
    [{ CORS_ORIGINS: 'ftp://files.example.org' }, 'has "ftp://files.example.org", which is not an origin'],
  ])('names the bad hardening setting in %o', (env, expected) => {
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
