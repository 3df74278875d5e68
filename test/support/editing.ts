import type { AuthConfig } from '../../src/auth/authenticate.js';
import { parseApiKeys, hashApiKey } from '../../src/auth/api-keys.js';

/** API keys of the editing tests, one per role; the server is configured with their hashes only. */
export const KEYS = {
  reader: 'test-reader-key-0000000000000000',
  editor: 'test-editor-key-1111111111111111',
  admin: 'test-admin-key-22222222222222222',
  editor2: 'test-editor-key-3333333333333333',
} as const;

export function testApiKeysEnv(): string {
  return [
    `reader-bot:reader:${hashApiKey(KEYS.reader)}`,
    `alice:editor:${hashApiKey(KEYS.editor)}`,
    `root:admin:${hashApiKey(KEYS.admin)}`,
    `bob:editor:${hashApiKey(KEYS.editor2)}`,
  ].join(',');
}

export function testAuth(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return { apiKeys: parseApiKeys(testApiKeysEnv()).keys, jwt: null, readsRequireAuth: false, ...overrides };
}

export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

export const AGREEMENT = 'liangjiang-tianfu-agreement';

/** A note source: most tests do not care where an edit comes from. */
export const NOTE = { note: 'Phone call with the park operator, 2024-05-02' };
