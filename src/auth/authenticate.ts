import { GraphQLError } from 'graphql';
import { unauthenticated } from '../model/errors.js';
import { type ApiKey, matchApiKey } from './api-keys.js';
import { ANONYMOUS, type Caller, type Role } from './caller.js';
import { createJwtVerifier, type JwtConfig } from './jwt.js';

/** Who may do what (src/config.ts reads it from the environment). */
export interface AuthConfig {
  /** API keys, hashed. */
  apiKeys: ApiKey[];
  /** JWT verification; null when JWTs are not accepted. */
  jwt: JwtConfig | null;
  /** When true, reads need credentials too (any role). */
  readsRequireAuth: boolean;
  /** Who may read the audit trail (`changes`): anyone, or callers with at least this role (default editor). */
  changesReadRole?: Role | 'anyone';
}

/** Reads open, no credentials configured: every write is refused. */
export const DEFAULT_AUTH: AuthConfig = { apiKeys: [], jwt: null, readsRequireAuth: false, changesReadRole: 'editor' };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Resolves the caller of a request from its Authorization header: anonymous without one;
 * `Bearer <token>` with a configured API key or a JWT that verifies; rejected (UNAUTHENTICATED
 * for every operation, reads too, so clients notice) for any other header.
 */
export function createAuthenticator(config: AuthConfig): (authorization: string | undefined) => Promise<Caller> {
  const verifyJwt = config.jwt ? createJwtVerifier(config.jwt) : null;
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      return { kind: 'rejected', error: unauthenticated('the Authorization header must read "Bearer <API key or JWT>"') };
    }
    const token = match[1]!;
    const key = matchApiKey(config.apiKeys, token);
    if (key) return { kind: 'authenticated', actor: `api-key:${key.name}`, role: key.role, method: 'api-key' };
    if (verifyJwt && JWT_SHAPE.test(token)) {
      try {
        const { actor, role } = await verifyJwt(token);
        return { kind: 'authenticated', actor, role, method: 'jwt' };
      } catch (error) {
        return { kind: 'rejected', error: error instanceof GraphQLError ? error : unauthenticated('the bearer token could not be verified') };
      }
    }
    return { kind: 'rejected', error: unauthenticated('the bearer token is not a valid API key or JWT') };
  };
}
