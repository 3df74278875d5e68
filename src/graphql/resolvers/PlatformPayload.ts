import type { PlatformPayloadResolvers } from './../types.generated.js';

export const PlatformPayload: PlatformPayloadResolvers = {};
