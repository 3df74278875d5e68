import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededApi, startSeededApi } from '../support/api.js';
import { bearer, KEYS, testAuth } from '../support/editing.js';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'chengyu-graph';
const READ = '{ node(id: "task:2020-01") { id } }';
const WRITE = (name: string) =>
  `mutation { createPerson(input: { name: "${name}", nameEn: "${name}", source: { note: "auth test" } }) { person { id } change { actor role } } }`;

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;

describe('who may write', () => {
  let api: SeededApi;
  let jwksServer: http.Server;
  let jwksUrl: URL;
  let signing: Keys;
  let stranger: Keys;
  let jwksRequests = 0;

  const hs256 = (claims: JWTPayload, options: { secret?: string; audience?: string; expires?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(new TextEncoder().encode(options.secret ?? SECRET));
  const es256 = (claims: JWTPayload, keys: Keys, kid: string) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').sign(keys.privateKey);

  beforeAll(async () => {
    signing = await generateKeyPair('ES256');
    stranger = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(signing.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    // The key set is served from this machine: no network is needed.
    jwksServer = http.createServer((_req, res) => {
      jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    jwksUrl = new URL(`http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`);
    api = await startSeededApi({
      auth: testAuth({
        jwt: { secret: new TextEncoder().encode(SECRET), jwksUrl, issuer: ISSUER, audience: AUDIENCE, roleClaim: 'roles' },
      }),
    });
  });
  afterAll(async () => {
    await api.stop();
    await new Promise((resolve) => jwksServer.close(resolve));
  });

  it('reads are open without credentials', async () => {
    const read = await api.post(READ);
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
  });

  it('a write without credentials is UNAUTHENTICATED (401) and writes nothing', async () => {
    const write = await api.post(WRITE('无名氏'));
    expect(write.status).toBe(401);
    expect(write.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.query('{ node(id: "person:entity") { id } }')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['an unknown API key', 'Bearer not-a-key'],
    ['a header that is not Bearer', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['an empty bearer', 'Bearer '],
  ])('%s is UNAUTHENTICATED, for reads too', async (_case, authorization) => {
    for (const query of [READ, WRITE('x')]) {
      const response = await api.post(query, {}, { authorization });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('a reader key may read; writing is FORBIDDEN (403)', async () => {
    expect((await api.post(READ, {}, bearer(KEYS.reader))).body.errors).toBeUndefined();
    const write = await api.post(WRITE('读者'), {}, bearer(KEYS.reader));
    expect(write.status).toBe(403);
    expect(write.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an editor key writes, recorded as api-key:<name>', async () => {
    const write = await api.post<{ createPerson: { change: { actor: string; role: string } } }>(WRITE('Editor Key'), {}, bearer(KEYS.editor));
    expect(write.body.errors).toBeUndefined();
    expect(write.body.data!.createPerson.change).toEqual({ actor: 'api-key:alice', role: 'editor' });
  });

  it('an HS256 JWT with the editor role writes, recorded as jwt:<sub>', async () => {
    const token = await hs256({ sub: 'user-17', roles: ['editor'] });
    const write = await api.post<{ createPerson: { change: { actor: string; role: string } } }>(WRITE('Jwt Editor'), {}, bearer(token));
    expect(write.body.errors).toBeUndefined();
    expect(write.body.data!.createPerson.change).toEqual({ actor: 'jwt:user-17', role: 'editor' });
  });

  it('a JWT without a write role reads but may not write', async () => {
    const token = await hs256({ sub: 'user-18', roles: 'viewer' });
    expect((await api.post(READ, {}, bearer(token))).body.errors).toBeUndefined();
    expect((await api.post(WRITE('Jwt Viewer'), {}, bearer(token))).body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['expired', () => hs256({ sub: 'u', roles: ['admin'] }, { expires: '-1m' })],
    ['signed with another secret', () => hs256({ sub: 'u', roles: ['admin'] }, { secret: 'another-secret-of-at-least-32-bytes!!' })],
    ['for another audience', () => hs256({ sub: 'u', roles: ['admin'] }, { audience: 'someone-else' })],
    ['without a subject', () => hs256({ roles: ['admin'] })],
    ['unsigned (alg none)', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u","roles":["admin"]}').toString('base64url')}.`],
  ])('a JWT %s is UNAUTHENTICATED, for reads too', async (_case, make) => {
    const token = await make();
    for (const query of [READ, WRITE('y')]) {
      const response = await api.post(query, {}, bearer(token));
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('a JWT signed with a key of the JWKS (served on 127.0.0.1) and the admin role may delete', async () => {
    const token = await es256({ sub: 'ops-1', roles: ['editor', 'admin'] }, signing, 'k1');
    const created = await api.post<{ createPerson: { person: { id: string }; change: { actor: string; role: string } } }>(WRITE('Jwks Admin'), {}, bearer(token));
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createPerson.change).toEqual({ actor: 'jwt:ops-1', role: 'admin' });
    const deleted = await api.post<{ deleteEntity: { deletedId: string } }>(
      'mutation { deleteEntity(input: { id: "person:jwks-admin", source: { note: "test" } }) { deletedId } }',
      {},
      bearer(token),
    );
    expect(deleted.body.errors).toBeUndefined();
    expect(deleted.body.data!.deleteEntity.deletedId).toBe('person:jwks-admin');
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('a JWT signed with a key the JWKS does not hold is UNAUTHENTICATED', async () => {
    const token = await es256({ sub: 'intruder', roles: ['admin'] }, stranger, 'k1');
    const response = await api.post(WRITE('Intruder'), {}, bearer(token));
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('reads that require credentials', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ auth: testAuth({ readsRequireAuth: true }) });
  });
  afterAll(async () => {
    await api.stop();
  });

  it('refuses an anonymous read with UNAUTHENTICATED and accepts a reader key', async () => {
    const anonymous = await api.post(READ);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const reader = await api.post(READ, {}, bearer(KEYS.reader));
    expect(reader.status).toBe(200);
    expect(reader.body.errors).toBeUndefined();
  });
});
