import type { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../model/errors.js';

/** What a caller may do: read; also create, update, link and record progress; also delete. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who sent a request, resolved once from its Authorization header. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'authenticated'; actor: string; role: Role; method: 'api-key' | 'jwt' }
  /** A bearer token was sent but is not valid: every operation of the request is refused. */
  | { kind: 'rejected'; error: GraphQLError };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * The caller when it has at least `needed`: UNAUTHENTICATED without valid credentials,
 * FORBIDDEN with a role below `needed`.
 */
export function requireRole(caller: Caller, needed: Role): { actor: string; role: Role } {
  if (caller.kind === 'rejected') throw caller.error;
  if (caller.kind === 'anonymous') {
    throw unauthenticated(
      needed === 'reader' ? 'this API requires credentials: send Authorization: Bearer <API key or JWT>' : `writing requires credentials with the ${needed} role: send Authorization: Bearer <API key or JWT>`,
    );
  }
  if (!roleAtLeast(caller.role, needed)) {
    throw forbidden(`${caller.actor} has the ${caller.role} role; this operation needs ${needed}`);
  }
  return { actor: caller.actor, role: caller.role };
}
