import type { ProgressUpdateResolvers } from './../types.generated.js';

export const ProgressUpdate: ProgressUpdateResolvers = {};
