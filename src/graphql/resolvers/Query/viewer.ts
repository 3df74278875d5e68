import type { QueryResolvers } from './../../types.generated.js';

export const viewer: NonNullable<QueryResolvers['viewer']> = (_parent, _args, ctx) => {
  // A rejected header never gets here: the auth plugin refuses the whole request first.
  if (ctx.caller.kind !== 'authenticated') return null;
  return { actor: ctx.caller.actor, role: ctx.caller.role === 'admin' ? 'ADMIN' : ctx.caller.role === 'editor' ? 'EDITOR' : 'READER' };
};
