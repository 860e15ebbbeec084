/**
 * The Region's 60 % rule (DOMAIN.md), pure: shared by the server (eligibility, results) and the
 * client (live rates in the exit-report form). No server-only imports here.
 *
 * Modelling: a report holds counts per exit reason of the exits that MEET the examination rule of
 * the structure's kind, plus one count of exits recorded but NOT examined (outside the rule).
 * examined = counted exits whose reason is not WITHDRAWN; the not-examined count never enters a rate.
 */

export const EXIT_CATEGORIES = ['SUSTAINABLE_EMPLOYMENT', 'TRANSITION_EMPLOYMENT', 'POSITIVE_EXIT', 'OTHER_EXIT', 'WITHDRAWN'] as const;
export type ExitCategory = (typeof EXIT_CATEGORIES)[number];

/** Counts of examined-eligible exits per category (what the catalogue maps reasons to). */
export type CategoryCounts = Record<ExitCategory, number>;

export interface ExitRates {
  /** All exits recorded: counted by reason plus not examined. */
  totalExits: number;
  withdrawn: number;
  examined: number;
  dynamic: number;
  sustainable: number;
  employment: number;
  /** Rates are fractions (0.667); undefined when nothing was examined, never 0. */
  dynamicRate: number | undefined;
  sustainableRate: number | undefined;
  employmentRate: number | undefined;
}

export const DEFAULT_THRESHOLD = 0.6;

export const emptyCategoryCounts = (): CategoryCounts => ({
  SUSTAINABLE_EMPLOYMENT: 0,
  TRANSITION_EMPLOYMENT: 0,
  POSITIVE_EXIT: 0,
  OTHER_EXIT: 0,
  WITHDRAWN: 0,
});

/** Sums counts per reason into counts per category, using the catalogue (reason code → category). */
export function countsByCategory(countsByReason: Record<string, number>, categoryOf: Record<string, ExitCategory>): CategoryCounts {
  const out = emptyCategoryCounts();
  for (const [code, n] of Object.entries(countsByReason)) {
    const cat = categoryOf[code];
    if (cat && Number.isFinite(n)) out[cat] += n;
  }
  return out;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : undefined);

/** Counts and rates from exact counts; rates are computed, never stored. */
export function exitRates(c: CategoryCounts, notExamined = 0): ExitRates {
  const counted = EXIT_CATEGORIES.reduce((s, k) => s + c[k], 0);
  const examined = counted - c.WITHDRAWN;
  const dynamic = c.SUSTAINABLE_EMPLOYMENT + c.TRANSITION_EMPLOYMENT + c.POSITIVE_EXIT;
  const employment = c.SUSTAINABLE_EMPLOYMENT + c.TRANSITION_EMPLOYMENT;
  return {
    totalExits: counted + notExamined,
    withdrawn: c.WITHDRAWN,
    examined,
    dynamic,
    sustainable: c.SUSTAINABLE_EMPLOYMENT,
    employment,
    dynamicRate: rate(dynamic, examined),
    sustainableRate: rate(c.SUSTAINABLE_EMPLOYMENT, examined),
    employmentRate: rate(employment, examined),
  };
}

export type Eligibility = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'UNDEFINED';

/**
 * dynamic / examined ≥ threshold, compared exactly in integers (threshold in thousandths), so
 * 7 / 10 against 0.70 is eligible although 0.7 × 10 is 7.000000000000001 in floating point.
 * The SQL of the eligibility view makes the same comparison in numeric.
 */
export function eligibility(dynamic: number, examined: number, threshold = DEFAULT_THRESHOLD): Eligibility {
  if (examined <= 0) return 'UNDEFINED';
  const perMille = Math.round(threshold * 1000);
  return dynamic * 1000 >= perMille * examined ? 'ELIGIBLE' : 'NOT_ELIGIBLE';
}

/** Structure kinds (DOMAIN.md), as plain strings so this module stays free of server code. */
export type StructureKindCode = 'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI' | 'GEIQ';

export type ExaminationRule =
  | { kind: 'MIN_MONTHS'; months: number } // at least N months worked in total
  | { kind: 'MORE_THAN_HOURS'; hours: number } // strictly more than N hours worked
  | { kind: 'ALL' }; // no threshold

/** Which exits are examined, per kind. GEIQ is not an SIAE: the rule does not apply, all count. */
export const EXAMINATION_RULES: Record<StructureKindCode, ExaminationRule> = {
  ACI: { kind: 'MIN_MONTHS', months: 3 },
  EI: { kind: 'MIN_MONTHS', months: 3 },
  AI: { kind: 'MORE_THAN_HOURS', hours: 150 },
  ETTI: { kind: 'MORE_THAN_HOURS', hours: 150 },
  EITI: { kind: 'ALL' },
  GEIQ: { kind: 'ALL' },
};

/** Whether one exit is examined for a structure kind, given what the person worked. */
export function isExamined(kind: StructureKindCode, worked: { months?: number; hours?: number }): boolean {
  const rule = EXAMINATION_RULES[kind];
  if (rule.kind === 'ALL') return true;
  if (rule.kind === 'MIN_MONTHS') return (worked.months ?? 0) >= rule.months;
  return (worked.hours ?? 0) > rule.hours;
}

/** "66,7 %" (fr) / "66.7%" (en) with one decimal; "—" when undefined. */
export function formatRate(r: number | undefined | null, locale = 'fr-FR'): string {
  if (r === undefined || r === null || !Number.isFinite(r)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r);
}
