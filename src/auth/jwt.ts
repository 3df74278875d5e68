import { createRemoteJWKSet, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from 'jose';
import { unauthenticated } from '../model/errors.js';
import { ROLES, type Role } from './caller.js';

/** How JWTs are verified: an HS256 secret, a JWKS URL (asymmetric keys), or both. */
export interface JwtConfig {
  /** HS256 secret (at least 32 bytes). */
  secret: Uint8Array | null;
  /** Where the issuer publishes its public keys; tokens signed with RS*, PS*, ES* or EdDSA. */
  jwksUrl: URL | null;
  /** Required `iss`, when set. */
  issuer: string | null;
  /** Required `aud`, when set. */
  audience: string | null;
  /** The claim holding the role(s): a name or a dotted path (`realm_access.roles`). */
  roleClaim: string;
  /** Refuse tokens without `exp` (JWT_REQUIRE_EXP; default on in production). */
  requireExp?: boolean;
}

/** The longest `sub` accepted: it becomes the actor of change records. */
export const MAX_SUBJECT_CHARS = 200;

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Tolerated clock difference with the issuer, for `exp` and `nbf`. */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * The highest of the roles a claim value names (a string, a space-separated string or a list);
 * reader when none. Role names are matched exactly, in lower case: `ADMIN` names no role.
 */
export function roleFromClaim(value: unknown): Role {
  const names = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []).filter(
    (v): v is string => typeof v === 'string',
  );
  let best: Role = 'reader';
  for (const role of ROLES) if (names.includes(role)) best = role;
  return best;
}

function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} is not as required (${error.reason})`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the key set matches the token';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'the key set (JWT_JWKS_URL) could not be loaded';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its algorithm is not accepted';
  if (error instanceof errors.JOSEError) return error.message;
  return 'it could not be verified';
}

/** Verifies a JWT and maps it to the caller it names: `jwt:<sub>` with the role of its role claim. */
export function createJwtVerifier(config: JwtConfig): (token: string) => Promise<{ actor: string; role: Role }> {
  const jwks = config.jwksUrl ? createRemoteJWKSet(config.jwksUrl) : null;
  const claims = {
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
    ...(config.requireExp ? { requiredClaims: ['exp'] } : {}),
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      if (alg === 'HS256' && config.secret) {
        ({ payload } = await jwtVerify(token, config.secret, { algorithms: ['HS256'], clockTolerance: CLOCK_TOLERANCE_SECONDS, ...claims }));
      } else if (jwks && alg !== undefined && ASYMMETRIC.includes(alg)) {
        ({ payload } = await jwtVerify(token, jwks, { algorithms: ASYMMETRIC, clockTolerance: CLOCK_TOLERANCE_SECONDS, ...claims }));
      } else {
        throw new errors.JOSEAlgNotAllowed(`alg ${String(alg)} is not accepted`);
      }
    } catch (error) {
      throw unauthenticated(`the bearer token is not valid: ${reason(error)}`);
    }
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '') {
      throw unauthenticated('the bearer token is not valid: it names no subject (sub)');
    }
    if (payload.sub.length > MAX_SUBJECT_CHARS || /[\p{Cc}]/u.test(payload.sub)) {
      throw unauthenticated(`the bearer token is not valid: its subject (sub) must be at most ${MAX_SUBJECT_CHARS} characters, without control characters`);
    }
    return { actor: `jwt:${payload.sub}`, role: roleFromClaim(claimAt(payload, config.roleClaim)) };
  };
}
