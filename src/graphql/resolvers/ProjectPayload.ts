import type { ProjectPayloadResolvers } from './../types.generated.js';

export const ProjectPayload: ProjectPayloadResolvers = {};
