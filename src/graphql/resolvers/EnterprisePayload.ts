import type { EnterprisePayloadResolvers } from './../types.generated.js';

export const EnterprisePayload: EnterprisePayloadResolvers = {};
