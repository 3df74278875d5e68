import type { OrganizationPayloadResolvers } from './../types.generated.js';

export const OrganizationPayload: OrganizationPayloadResolvers = {};
