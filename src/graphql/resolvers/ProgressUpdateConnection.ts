import type { ProgressUpdateConnectionResolvers } from './../types.generated.js';

export const ProgressUpdateConnection: ProgressUpdateConnectionResolvers = {};
