import type { ChangeConnectionResolvers } from './../types.generated.js';

export const ChangeConnection: ChangeConnectionResolvers = {};
