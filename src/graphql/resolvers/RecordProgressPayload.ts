import type { RecordProgressPayloadResolvers } from './../types.generated.js';

export const RecordProgressPayload: RecordProgressPayloadResolvers = {};
