/**
 * Totals of the eligibility view from one aggregate row (pure, unit-tested): counts and sums of the
 * eligible and not-eligible reports, and the number of structures in scope. Structures without a
 * validated report, or with nothing examined, are UNDEFINED; they add nothing to examined/dynamic.
 */
export type EligibilityCode = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'UNDEFINED';

export interface EligibilityAggregate {
  structures: number;
  eligible: number;
  notEligible: number;
  eligibleExamined: number;
  eligibleDynamic: number;
  notEligibleExamined: number;
  notEligibleDynamic: number;
}

export interface EligibilityTotalsValue {
  structures: number;
  eligible: number;
  notEligible: number;
  undefined: number;
  examined: number;
  dynamic: number;
  dynamicRate: number | null;
  eligibleShare: number | null;
}

export function eligibilityTotals(a: EligibilityAggregate, only?: EligibilityCode | null): EligibilityTotalsValue {
  const undef = Math.max(0, a.structures - a.eligible - a.notEligible);
  const pick = (code: EligibilityCode) => !only || only === code;
  const eligible = pick('ELIGIBLE') ? a.eligible : 0;
  const notEligible = pick('NOT_ELIGIBLE') ? a.notEligible : 0;
  const undefinedCount = pick('UNDEFINED') ? undef : 0;
  const examined = (pick('ELIGIBLE') ? a.eligibleExamined : 0) + (pick('NOT_ELIGIBLE') ? a.notEligibleExamined : 0);
  const dynamic = (pick('ELIGIBLE') ? a.eligibleDynamic : 0) + (pick('NOT_ELIGIBLE') ? a.notEligibleDynamic : 0);
  const defined = eligible + notEligible;
  return {
    structures: eligible + notEligible + undefinedCount,
    eligible,
    notEligible,
    undefined: undefinedCount,
    examined,
    dynamic,
    dynamicRate: examined > 0 ? dynamic / examined : null,
    eligibleShare: defined > 0 ? eligible / defined : null,
  };
}
