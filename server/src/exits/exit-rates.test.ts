import { describe, expect, it } from 'vitest';
import { countsByCategory, eligibility, exitRates, formatRate, isExamined, type CategoryCounts } from './exit-rates.js';

const counts = (s: number, t: number, p: number, o: number, w: number): CategoryCounts => ({
  SUSTAINABLE_EMPLOYMENT: s,
  TRANSITION_EMPLOYMENT: t,
  POSITIVE_EXIT: p,
  OTHER_EXIT: o,
  WITHDRAWN: w,
});

describe('exit rates (DOMAIN.md worked examples)', () => {
  it('20 exits, 2 withdrawn, 5 + 4 + 3 dynamic: 66.7 %, eligible, sustainable 27.8 %', () => {
    const r = exitRates(counts(5, 4, 3, 6, 2));
    expect(r.totalExits).toBe(20);
    expect(r.examined).toBe(18);
    expect(r.dynamic).toBe(12);
    expect(r.dynamicRate).toBeCloseTo(12 / 18, 12);
    expect(formatRate(r.dynamicRate)).toBe('66,7\u00a0%');
    expect(formatRate(r.sustainableRate)).toBe('27,8\u00a0%');
    expect(r.employmentRate).toBeCloseTo(9 / 18, 12);
    expect(eligibility(r.dynamic, r.examined)).toBe('ELIGIBLE');
  });

  it('25 exits, 1 withdrawn, 4 + 5 + 4 dynamic: 54.2 %, not eligible', () => {
    const r = exitRates(counts(4, 5, 4, 11, 1));
    expect(r.totalExits).toBe(25);
    expect(r.examined).toBe(24);
    expect(formatRate(r.dynamicRate)).toBe('54,2\u00a0%');
    expect(eligibility(r.dynamic, r.examined)).toBe('NOT_ELIGIBLE');
  });

  it('nothing examined: rates undefined, shown as —, never eligible', () => {
    const r = exitRates(counts(0, 0, 0, 0, 3), 4);
    expect(r.totalExits).toBe(7);
    expect(r.examined).toBe(0);
    expect(r.dynamicRate).toBeUndefined();
    expect(r.sustainableRate).toBeUndefined();
    expect(formatRate(r.dynamicRate)).toBe('—');
    expect(eligibility(r.dynamic, r.examined)).toBe('UNDEFINED');
    expect(eligibility(0, 0)).toBe('UNDEFINED');
  });

  it('exits not examined are recorded but never enter a rate', () => {
    const a = exitRates(counts(3, 0, 0, 2, 0), 0);
    const b = exitRates(counts(3, 0, 0, 2, 0), 50);
    expect(b.dynamicRate).toBe(a.dynamicRate);
    expect(b.totalExits).toBe(55);
  });

  it('exactly at the threshold is eligible, just under is not; compared exactly', () => {
    expect(eligibility(3, 5)).toBe('ELIGIBLE');
    expect(eligibility(6, 10, 0.6)).toBe('ELIGIBLE');
    expect(eligibility(7, 10, 0.7)).toBe('ELIGIBLE'); // 0.7 × 10 ≠ 7 in floating point
    expect(eligibility(599, 1000)).toBe('NOT_ELIGIBLE');
    expect(eligibility(2, 3, 0.66)).toBe('ELIGIBLE');
    expect(eligibility(2, 3, 0.667)).toBe('NOT_ELIGIBLE');
  });

  it('formats in English too', () => {
    expect(formatRate(2 / 3, 'en-GB')).toBe('66.7%');
    expect(formatRate(null)).toBe('—');
  });

  it('maps reasons to categories through the catalogue, ignoring unknown codes', () => {
    const c = countsByCategory({ CDI: 2, CDD_6M_PLUS: 1, UNEMPLOYMENT: 4, DEATH: 1, NOPE: 9 }, {
      CDI: 'SUSTAINABLE_EMPLOYMENT',
      CDD_6M_PLUS: 'SUSTAINABLE_EMPLOYMENT',
      UNEMPLOYMENT: 'OTHER_EXIT',
      DEATH: 'WITHDRAWN',
    });
    expect(c).toEqual(counts(3, 0, 0, 4, 1));
  });
});

describe('examination rule per kind', () => {
  it('ACI and EI: at least 3 months', () => {
    expect(isExamined('ACI', { months: 3 })).toBe(true);
    expect(isExamined('ACI', { months: 2.9 })).toBe(false);
    expect(isExamined('EI', { months: 3 })).toBe(true);
  });
  it('AI and ETTI: more than 150 hours', () => {
    expect(isExamined('AI', { hours: 150 })).toBe(false);
    expect(isExamined('AI', { hours: 151 })).toBe(true);
    expect(isExamined('ETTI', { hours: 150.5 })).toBe(true);
  });
  it('EITI: no threshold', () => {
    expect(isExamined('EITI', {})).toBe(true);
  });
});
