import { i18n } from '../../i18n';
import { toUserError, type UserError } from '../../app/errors';
import { formatEuros as euros } from '../../../../server/src/contracts/contract.rules';
import { formatRate as rate } from '../../../../server/src/exits/exit-rates';

/** Money from integer cents, in the interface language (fr-FR by default): "1 234,56 €". */
export const formatEuros = (cents: number | null | undefined) => euros(cents, i18n.language === 'en' ? 'en-GB' : 'fr-FR');
/** A rate (fraction) with one decimal, "—" when undefined: "66,7 %". */
export const formatRate = (r: number | null | undefined) => rate(r, i18n.language === 'en' ? 'en-GB' : 'fr-FR');
export const formatNumber = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(n);
export const formatDay = (iso: string) =>
  new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export const STATUS_COLOR: Record<string, string> = { DRAFT: 'gray', NEGOTIATION: 'blue', SIGNED: 'green', CLOSED: 'dark', CANCELLED: 'red' };
export const ELIGIBILITY_COLOR: Record<string, string> = { ELIGIBLE: 'green', NOT_ELIGIBLE: 'orange', UNDEFINED: 'gray' };

/** Euros typed by a person → integer cents (null when empty or not a number). */
export function centsOf(value: string | number | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** toUserError, with this feature's wording for the server's refusal `reason` (e.g. transition.notApproved). */
export function featureError(error: unknown, namespace: 'contracts' | 'exits'): UserError {
  const e = toUserError(error, { namespace });
  const reason = (error as { graphQLErrors?: { extensions?: Record<string, unknown> }[] })?.graphQLErrors?.[0]?.extensions?.reason;
  const key = `${namespace}:reasons.${String(reason)}`;
  return typeof reason === 'string' && i18n.exists(key) ? { ...e, message: i18n.t(key) } : e;
}
