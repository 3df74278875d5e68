import type { PersonPayloadResolvers } from './../types.generated.js';

export const PersonPayload: PersonPayloadResolvers = {};
