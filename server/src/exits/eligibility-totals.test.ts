import { describe, expect, it } from 'vitest';
import { eligibilityTotals } from './eligibility-totals.js';

const agg = { structures: 10, eligible: 3, notEligible: 2, eligibleExamined: 30, eligibleDynamic: 20, notEligibleExamined: 20, notEligibleDynamic: 5 };

describe('eligibilityTotals', () => {
  it('covers every structure in scope; the rest are undefined', () => {
    expect(eligibilityTotals(agg)).toEqual({
      structures: 10, eligible: 3, notEligible: 2, undefined: 5, examined: 50, dynamic: 25, dynamicRate: 0.5, eligibleShare: 0.6,
    });
  });
  it('restricted to one outcome, as the filtered view', () => {
    expect(eligibilityTotals(agg, 'ELIGIBLE')).toMatchObject({ structures: 3, eligible: 3, notEligible: 0, undefined: 0, examined: 30, dynamic: 20, eligibleShare: 1 });
    expect(eligibilityTotals(agg, 'NOT_ELIGIBLE')).toMatchObject({ structures: 2, eligible: 0, examined: 20, dynamic: 5, dynamicRate: 0.25, eligibleShare: 0 });
    expect(eligibilityTotals(agg, 'UNDEFINED')).toEqual({
      structures: 5, eligible: 0, notEligible: 0, undefined: 5, examined: 0, dynamic: 0, dynamicRate: null, eligibleShare: null,
    });
  });
  it('nothing in scope: zeros and undefined rates', () => {
    const zero = { structures: 0, eligible: 0, notEligible: 0, eligibleExamined: 0, eligibleDynamic: 0, notEligibleExamined: 0, notEligibleDynamic: 0 };
    expect(eligibilityTotals(zero)).toMatchObject({ structures: 0, undefined: 0, dynamicRate: null, eligibleShare: null });
  });
});
