/**
 * What each kind of reason adds to a partner candidate's score; the SDL description of
 * PartnerCandidate.score states the same table (a unit test compares them).
 */
export const PARTNER_REASON_WEIGHTS = {
  SHARED_INDUSTRY: 3,
  CONNECTED_PEOPLE: 3,
  SHARED_TASK: 2,
  SHARED_PLATFORM: 2,
  SHARED_PROJECT: 2,
  LINKING_PERSON: 2,
  SHARED_COOPERATION_AREA: 1,
} as const;

export type PartnerReasonKind = keyof typeof PARTNER_REASON_WEIGHTS;

/** The sum of the weights of the reasons; one reason per (kind, via) pair. */
export function partnerScore(reasons: readonly { kind: PartnerReasonKind }[]): number {
  return reasons.reduce((total, reason) => total + PARTNER_REASON_WEIGHTS[reason.kind], 0);
}

