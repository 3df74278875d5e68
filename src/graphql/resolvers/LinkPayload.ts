import type { LinkPayloadResolvers } from './../types.generated.js';

export const LinkPayload: LinkPayloadResolvers = {};
