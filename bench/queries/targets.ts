import type { SyntheticLandmarks } from '../../src/generate/generate.js';
import type { BenchTargets } from './types.js';

/** The curated graph alone: its best-connected enterprise and hubs (data/graph). */
export const CURATED_TARGETS: BenchTargets = {
  enterprise: 'enterprise:mankespace',
  industry: 'industry:digital-economy',
  listOffset: 0,
  searchText: '博览',
  hub: 'new-area:tianfu',
  pathFrom: 'enterprise:zhubajie',
  pathTo: 'organization:tianfu-chamber-of-commerce',
  pathMaxLength: 4,
  partnerEnterprise: 'enterprise:zhubajie',
  partnerArea: 'new-area:tianfu',
};

/** The API's longest path (paths maxLength). */
const MAX_PATH_LENGTH = 6;

/**
 * The curated plus a synthetic graph: the heavy cases its generator names. The path search may go
 * as far as the two far-apart enterprises are (at most 6), so that it finds them.
 */
export function syntheticTargets(landmarks: SyntheticLandmarks): BenchTargets {
  return {
    enterprise: landmarks.hubEnterprise.id,
    industry: landmarks.hubIndustry.id,
    listOffset: 0,
    searchText: '科技',
    hub: landmarks.hubPlatform.id,
    pathFrom: landmarks.farApart.from,
    pathTo: landmarks.farApart.to,
    pathMaxLength: Math.min(MAX_PATH_LENGTH, Math.max(1, landmarks.farApart.distance)),
    partnerEnterprise: landmarks.leafEnterprise.id,
    partnerArea: 'new-area:tianfu',
  };
}
