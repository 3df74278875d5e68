import type { ChangeEntryResolvers } from './../types.generated.js';

export const ChangeEntry: ChangeEntryResolvers = {};
