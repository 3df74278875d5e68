import type { ChangeResolvers } from './../types.generated.js';

export const Change: ChangeResolvers = {};
