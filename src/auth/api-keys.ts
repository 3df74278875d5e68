import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from './caller.js';

/** One configured API key: its name (the actor in change records), its role, and the SHA-256 of the key. */
export interface ApiKey {
  name: string;
  role: Role;
  hash: Buffer;
}

/** SHA-256 of the key, in hex: what API_KEYS holds instead of the key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key: `cg_` and 32 random bytes in base64url (256 bits). */
export function generateApiKey(): string {
  return `cg_${randomBytes(32).toString('base64url')}`;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const HEX = /^[0-9a-f]{64}$/;

/**
 * Parses API_KEYS: comma-separated `name:role:sha256hex` entries. Returns the keys, or the
 * problems, each naming the entry by position (never echoing a hash).
 */
export function parseApiKeys(text: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  const names = new Set<string>();
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const parts = entry.split(':');
    if (parts.length !== 3) {
      problems.push(`${where} must read name:role:sha256hex`);
      return;
    }
    const [name, role, hash] = parts as [string, string, string];
    const own: string[] = [];
    if (!NAME.test(name)) own.push(`${where}: name must be 1-64 letters, digits, '.', '_' or '-'`);
    if (!(ROLES as readonly string[]).includes(role)) own.push(`${where} (${name}): role must be one of ${ROLES.join(', ')}`);
    if (!HEX.test(hash.toLowerCase())) own.push(`${where} (${name}): the hash must be 64 hex digits (npm run hash-key -- <key>)`);
    if (names.has(name)) own.push(`${where}: name ${name} is used twice`);
    names.add(name);
    problems.push(...own);
    if (own.length === 0) keys.push({ name, role: role as Role, hash: Buffer.from(hash.toLowerCase(), 'hex') });
  });
  return { keys, problems };
}

/**
 * The configured key whose hash is the SHA-256 of `presented`, or undefined. Compares against
 * every key in constant time, so the answer takes as long whichever key (if any) matches.
 */
export function matchApiKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const hash = createHash('sha256').update(presented, 'utf8').digest();
  let found: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(key.hash, hash) && !found) found = key;
  }
  return found;
}
