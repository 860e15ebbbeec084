/**
 * Contract rules shared by the server and the client's forms (pure: no server-only imports):
 * the fixed list of indicators with their unit, and the budget arithmetic.
 */

export const OBJECTIVE_UNITS = ['PERCENT', 'COUNT', 'HOURS', 'EUROS', 'ETP'] as const;
export type ObjectiveUnitCode = (typeof OBJECTIVE_UNITS)[number];

export interface IndicatorDef {
  code: string;
  unit: ObjectiveUnitCode;
  labelFr: string;
  labelEn: string;
}

/** The indicators a contract may carry (DOMAIN.md), each with its one unit. */
export const INDICATORS: readonly IndicatorDef[] = [
  { code: 'DYNAMIC_EXIT_RATE', unit: 'PERCENT', labelFr: 'Taux de sorties dynamiques (ACI adhérents)', labelEn: 'Dynamic exit rate (member ACI)' },
  { code: 'SUSTAINABLE_EXIT_RATE', unit: 'PERCENT', labelFr: "Taux de sorties vers l'emploi durable", labelEn: 'Sustainable employment rate' },
  { code: 'PEOPLE_TRAINED', unit: 'COUNT', labelFr: 'Personnes formées', labelEn: 'People trained' },
  { code: 'TRAINING_HOURS', unit: 'HOURS', labelFr: 'Heures de formation', labelEn: 'Training hours' },
  { code: 'QUALIFYING_TRAININGS', unit: 'COUNT', labelFr: 'Formations qualifiantes', labelEn: 'Qualifying trainings' },
  { code: 'MEMBER_STRUCTURES', unit: 'COUNT', labelFr: 'Structures adhérentes', labelEn: 'Member structures' },
  { code: 'PEOPLE_IN_INSERTION', unit: 'COUNT', labelFr: 'Personnes en insertion', labelEn: 'People in insertion' },
  { code: 'PRIORITY_GROUP_PEOPLE', unit: 'COUNT', labelFr: 'dont publics prioritaires', labelEn: 'of whom priority groups' },
  { code: 'ETP', unit: 'ETP', labelFr: 'ETP conventionnés', labelEn: 'Funded FTE posts' },
  { code: 'STAFF_DEVELOPMENT_HOURS', unit: 'HOURS', labelFr: 'Professionnalisation des permanents (heures)', labelEn: 'Permanent staff development (hours)' },
  { code: 'COFUNDING', unit: 'EUROS', labelFr: 'Cofinancements mobilisés', labelEn: 'Co-funding raised' },
];

export const INDICATOR_BY_CODE: Record<string, IndicatorDef> = Object.fromEntries(INDICATORS.map((i) => [i.code, i]));

/** The indicator whose actual value comes from validated exit reports. */
export const EXIT_RATE_INDICATOR = 'DYNAMIC_EXIT_RATE';

/**
 * Why a target does not fit its indicator, or null. PERCENT targets are in percent (60 = 60 %),
 * COUNT whole numbers, EUROS in whole cents are not used here (targets in euros, two decimals).
 */
export function targetProblem(indicator: string, unit: string, target: number): string | null {
  const def = INDICATOR_BY_CODE[indicator];
  if (!def) return 'objective.indicator.unknown';
  if (def.unit !== unit) return 'objective.unit.mismatch';
  if (!Number.isFinite(target) || target < 0) return 'objective.target.negative';
  if (unit === 'PERCENT' && target > 100) return 'objective.target.percentTooHigh';
  if (unit === 'COUNT' && !Number.isInteger(target)) return 'objective.target.notWhole';
  return null;
}

export interface BudgetFigures {
  budgetCents: number;
  coordinationCents: number;
  allocatedCents: number;
}

/** What is left to allocate (may be negative while someone types: the form shows it in red). */
export const remainingCents = (b: BudgetFigures) => b.budgetCents - b.coordinationCents - b.allocatedCents;
export const sumCents = (amounts: readonly number[]) => amounts.reduce((s, a) => s + a, 0);

/** Euros in French: 1 234 567,89 €. */
export function formatEuros(cents: number | null | undefined, locale = 'fr-FR'): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
