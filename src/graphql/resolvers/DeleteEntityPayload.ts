import type { DeleteEntityPayloadResolvers } from './../types.generated.js';

export const DeleteEntityPayload: DeleteEntityPayloadResolvers = {};
