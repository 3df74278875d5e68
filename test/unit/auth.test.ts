import { GraphQLError } from 'graphql';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, matchApiKey, parseApiKeys } from '../../src/auth/api-keys.js';
import { createAuthenticator, DEFAULT_AUTH } from '../../src/auth/authenticate.js';
import { requireRole } from '../../src/auth/caller.js';
import { roleFromClaim } from '../../src/auth/jwt.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { parseBookmarksHeader } from '../../src/http/bookmarks-header.js';

const HASH = hashApiKey('k');

describe('API keys', () => {
  it('are configured as SHA-256 hex and a new key is 256 random bits', () => {
    expect(hashApiKey('secret')).toBe('2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b');
    const key = generateApiKey();
    expect(key).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(generateApiKey()).not.toBe(key);
  });

  it('parses name:role:hash entries and names each bad one by position, never echoing a hash', () => {
    const { keys, problems } = parseApiKeys(` alice:editor:${HASH} , root:admin:${HASH.toUpperCase()}`);
    expect(problems).toEqual([]);
    expect(keys.map((k) => [k.name, k.role, k.hash.toString('hex')])).toEqual([
      ['alice', 'editor', HASH],
      ['root', 'admin', HASH],
    ]);
    const bad = parseApiKeys(`alice:editor,bob:owner:${HASH},carol:editor:abc, :reader:${HASH},bob:admin:${HASH}`);
    expect(bad.problems).toEqual([
      'entry 1 must read name:role:sha256hex',
      'entry 2 (bob): role must be one of reader, editor, admin',
      'entry 3 (carol): the hash must be 64 hex digits (npm run hash-key -- <key>)',
      "entry 4: name must be 1-64 letters, digits, '.', '_' or '-'",
      'entry 5: name bob is used twice',
    ]);
    expect(bad.problems.join(' ')).not.toContain(HASH);
  });

  it('matches the key whose hash is configured', () => {
    const { keys } = parseApiKeys(`a:reader:${hashApiKey('one')},b:admin:${hashApiKey('two')}`);
    expect(matchApiKey(keys, 'two')?.name).toBe('b');
    expect(matchApiKey(keys, 'three')).toBeUndefined();
    expect(matchApiKey([], 'one')).toBeUndefined();
  });
});

describe('roles', () => {
  it('takes the highest role a claim names, reader when none', () => {
    expect(roleFromClaim(['editor', 'admin'])).toBe('admin');
    expect(roleFromClaim('editor')).toBe('editor');
    expect(roleFromClaim('openid editor')).toBe('editor');
    // Role names are matched exactly: another case names no role.
    expect(roleFromClaim(['ADMIN', 'Editor'])).toBe('reader');
    expect(roleFromClaim(['viewer'])).toBe('reader');
    expect(roleFromClaim(undefined)).toBe('reader');
    expect(roleFromClaim(42)).toBe('reader');
  });

  it('requireRole: UNAUTHENTICATED without credentials, FORBIDDEN below the role', () => {
    const code = (run: () => unknown) => {
      try {
        run();
        return 'OK';
      } catch (error) {
        return (error as GraphQLError).extensions.code;
      }
    };
    const editor = { kind: 'authenticated', actor: 'api-key:a', role: 'editor', method: 'api-key' } as const;
    expect(code(() => requireRole({ kind: 'anonymous' }, 'editor'))).toBe('UNAUTHENTICATED');
    expect(code(() => requireRole(editor, 'admin'))).toBe('FORBIDDEN');
    expect(code(() => requireRole(editor, 'editor'))).toBe('OK');
    expect(code(() => requireRole({ kind: 'rejected', error: new GraphQLError('x', { extensions: { code: 'UNAUTHENTICATED' } }) }, 'reader'))).toBe('UNAUTHENTICATED');
  });
});

describe('createAuthenticator', () => {
  const secret = new TextEncoder().encode('s'.repeat(32));
  const authenticate = createAuthenticator({
    apiKeys: parseApiKeys(`bot:editor:${hashApiKey('the-key')}`).keys,
    jwt: { secret, jwksUrl: null, issuer: null, audience: null, roleClaim: 'realm_access.roles' },
    readsRequireAuth: false,
  });

  it('anonymous without a header; an API key or a JWT with a role claim at a dotted path', async () => {
    expect(await authenticate(undefined)).toEqual({ kind: 'anonymous' });
    expect(await authenticate('Bearer the-key')).toEqual({ kind: 'authenticated', actor: 'api-key:bot', role: 'editor', method: 'api-key' });
    const token = await new SignJWT({ sub: 'u1', realm_access: { roles: ['admin'] } }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1m').sign(secret);
    expect(await authenticate(`bearer ${token}`)).toEqual({ kind: 'authenticated', actor: 'jwt:u1', role: 'admin', method: 'jwt' });
  });

  it('rejects anything else, without throwing', async () => {
    for (const header of ['Bearer nope', 'Token the-key', 'Bearer a.b.c', 'Bearer the-key extra']) {
      expect((await authenticate(header)).kind).toBe('rejected');
    }
    expect((await createAuthenticator(DEFAULT_AUTH)('Bearer the-key')).kind).toBe('rejected');
  });

  it('bounds the subject: at most 200 characters, no control characters', async () => {
    const sign = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1m').sign(secret);
    expect(await authenticate(`Bearer ${await sign('u'.repeat(200))}`)).toMatchObject({ kind: 'authenticated', actor: `jwt:${'u'.repeat(200)}` });
    for (const sub of ['u'.repeat(5_000), 'evil\u0000name']) {
      const caller = await authenticate(`Bearer ${await sign(sub)}`);
      expect(caller.kind).toBe('rejected');
      expect(caller.kind === 'rejected' && caller.error.message).toMatch(/subject \(sub\) must be at most 200 characters/);
    }
  });

  it('with requireExp, refuses a token without exp', async () => {
    const strict = createAuthenticator({
      apiKeys: [],
      jwt: { secret, jwksUrl: null, issuer: null, audience: null, roleClaim: 'roles', requireExp: true },
      readsRequireAuth: false,
    });
    const forever = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
    const rejected = await strict(`Bearer ${forever}`);
    expect(rejected.kind).toBe('rejected');
    expect(rejected.kind === 'rejected' && rejected.error.message).toMatch(/exp/);
    expect((await authenticate(`Bearer ${forever}`)).kind).toBe('authenticated');
    const expiring = await new SignJWT({ sub: 'u1' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1m').sign(secret);
    expect((await strict(`Bearer ${expiring}`)).kind).toBe('authenticated');
  });

  it('JWT_REQUIRE_EXP is on by default in production only; CHANGES_READ_ROLE defaults to editor', () => {
    const secretEnv = { JWT_SECRET: 's'.repeat(32) };
    expect(loadConfig({ ...secretEnv, NODE_ENV: 'production' }).auth.jwt?.requireExp).toBe(true);
    expect(loadConfig(secretEnv).auth.jwt?.requireExp).toBe(false);
    expect(loadConfig({ ...secretEnv, NODE_ENV: 'production', JWT_REQUIRE_EXP: 'false' }).auth.jwt?.requireExp).toBe(false);
    expect(loadConfig({ CHANGES_READ_ROLE: 'anyone' }).auth.changesReadRole).toBe('anyone');
    expect(() => loadConfig({ CHANGES_READ_ROLE: 'Editor' })).toThrow(/CHANGES_READ_ROLE="Editor" must be anyone, reader, editor or admin/);
  });

  it('start-up errors never show the credentials of NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://neo:s3cret@db.example.org:7687' })).toThrow(/NEO4J_URI="http:\/\/\*\*\*@db.example.org:7687"/);
    expect(() => loadConfig({ NEO4J_URI: 'http://neo:s3cret@db.example.org:7687' })).not.toThrow(/s3cret/);
  });
});

describe('auth configuration from the environment', () => {
  it('defaults: no keys, no JWT, reads open', () => {
    expect(loadConfig({}).auth).toEqual({ apiKeys: [], jwt: null, readsRequireAuth: false, changesReadRole: 'editor' });
  });

  it('reads keys, a JWT secret and a JWKS URL', () => {
    const { auth } = loadConfig({
      API_KEYS: `alice:editor:${HASH}`,
      JWT_SECRET: 'x'.repeat(32),
      JWT_JWKS_URL: 'https://login.example.com/.well-known/jwks.json',
      JWT_ISSUER: 'https://login.example.com/',
      JWT_AUDIENCE: 'chengyu',
      JWT_ROLE_CLAIM: 'realm_access.roles',
      READS_REQUIRE_AUTH: 'true',
    });
    expect(auth.apiKeys.map((k) => k.name)).toEqual(['alice']);
    expect(auth.jwt).toMatchObject({ jwksUrl: new URL('https://login.example.com/.well-known/jwks.json'), issuer: 'https://login.example.com/', audience: 'chengyu', roleClaim: 'realm_access.roles' });
    expect(auth.jwt!.secret).toHaveLength(32);
    expect(auth.readsRequireAuth).toBe(true);
  });

  it.each([
    [{ API_KEYS: 'alice:editor' }, 'API_KEYS=(hidden) entry 1 must read name:role:sha256hex'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET=(hidden) must be at least 32 bytes'],
    [{ JWT_JWKS_URL: 'http://login.example.com/jwks' }, 'JWT_JWKS_URL="http://login.example.com/jwks" must use https'],
    [{ JWT_JWKS_URL: 'ftp://x/jwks' }, 'JWT_JWKS_URL="ftp://x/jwks" must be an http(s) URL'],
    [{ JWT_ISSUER: 'https://x' }, 'JWT_ISSUER="https://x" needs JWT_SECRET or JWT_JWKS_URL'],
    [{ JWT_ROLE_CLAIM: 'a..b' }, 'JWT_ROLE_CLAIM="a..b" must be a claim name or a dotted path'],
    [{ READS_REQUIRE_AUTH: 'maybe' }, 'READS_REQUIRE_AUTH="maybe" must be true or false'],
    [{ READS_REQUIRE_AUTH: 'true' }, 'READS_REQUIRE_AUTH="true" needs API_KEYS, JWT_SECRET or JWT_JWKS_URL'],
  ])('names the bad value in %o', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });

  it('never prints a secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'my-short-secret' })).toThrow(/^(?!.*my-short-secret)/s);
  });

  it('accepts http for a JWKS on this machine only', () => {
    expect(loadConfig({ JWT_JWKS_URL: 'http://127.0.0.1:8080/jwks' }).auth.jwt?.jwksUrl?.port).toBe('8080');
  });
});

describe('the neo4j-bookmarks header', () => {
  it('is a comma-separated list of bookmarks', () => {
    expect(parseBookmarksHeader(undefined)).toEqual([]);
    expect(parseBookmarksHeader(' FB:abc= , FB:def+/ ,FB:abc=')).toEqual(['FB:abc=', 'FB:def+/']);
  });
  it.each([['has spaces inside'], [Array.from({ length: 17 }, (_, i) => `b${i}`).join(',')]])('refuses %s with BAD_USER_INPUT naming it', (value) => {
    try {
      parseBookmarksHeader(value);
      expect.unreachable();
    } catch (error) {
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'neo4j-bookmarks' });
    }
  });
});
