import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { DEFAULT_DRIVER_SETTINGS } from '../../src/db/driver.js';

/** The driver settings that decide how long a request may wait on an unreachable or busy Neo4j. */
describe('NEO4J_CONNECTION_TIMEOUT_MS, NEO4J_ACQUISITION_TIMEOUT_MS, NEO4J_MAX_RETRY_TIME_MS, NEO4J_MAX_POOL_SIZE', () => {
  it('default to the driver defaults', () => {
    expect(loadConfig({}).driver).toEqual(DEFAULT_DRIVER_SETTINGS);
  });

  it('are read as milliseconds and a connection count', () => {
    const config = loadConfig({
      NEO4J_CONNECTION_TIMEOUT_MS: '2000',
      NEO4J_ACQUISITION_TIMEOUT_MS: '3000',
      NEO4J_MAX_RETRY_TIME_MS: '0',
      NEO4J_MAX_POOL_SIZE: '20',
    });
    expect(config.driver).toEqual({ connectionTimeoutMs: 2000, acquisitionTimeoutMs: 3000, maxRetryTimeMs: 0, maxConnectionPoolSize: 20 });
  });

  it.each([
    ['NEO4J_CONNECTION_TIMEOUT_MS', 'soon', 'NEO4J_CONNECTION_TIMEOUT_MS="soon" must be a number'],
    ['NEO4J_CONNECTION_TIMEOUT_MS', '50', 'NEO4J_CONNECTION_TIMEOUT_MS="50" must be between 100 and 120000 (milliseconds)'],
    ['NEO4J_ACQUISITION_TIMEOUT_MS', '1.5', 'NEO4J_ACQUISITION_TIMEOUT_MS="1.5" must be a whole number of milliseconds'],
    ['NEO4J_MAX_RETRY_TIME_MS', '-1', 'NEO4J_MAX_RETRY_TIME_MS="-1" must be between 0 and 600000 (milliseconds)'],
    ['NEO4J_MAX_POOL_SIZE', '0', 'NEO4J_MAX_POOL_SIZE="0" must be between 1 and 10000'],
    ['NEO4J_MAX_POOL_SIZE', 'many', 'NEO4J_MAX_POOL_SIZE="many" must be a number'],
  ])('%s=%s is refused, naming it', (key, value, problem) => {
    let error: unknown;
    try {
      loadConfig({ [key]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([problem]);
  });
});
