import type { CoverageGapReason } from './rows.js';

/**
 * What a gap of a task means, from what the article names for the task: a platform on some side,
 * a platform whose side it does not say. A statement about the article, not about the new area.
 */
export function gapReason(platformOnSomeSide: boolean, platformWithoutSide: boolean): CoverageGapReason {
  if (platformWithoutSide) return 'PLATFORM_SIDE_UNKNOWN';
  return platformOnSomeSide ? 'NONE_NAMED_ON_THIS_SIDE' : 'NO_PLATFORM_NAMED';
}
