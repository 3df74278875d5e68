import type { UnlinkPayloadResolvers } from './../types.generated.js';

export const UnlinkPayload: UnlinkPayloadResolvers = {};
