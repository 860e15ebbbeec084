import type { MemberStatus, StructureKind } from '../../gql/graphql';
import { i18n } from '../../i18n';

export const STRUCTURE_KINDS: StructureKind[] = ['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ'] as StructureKind[];
export const MEMBER_STATUSES: MemberStatus[] = ['ACTIVE', 'SUSPENDED', 'LEFT'] as MemberStatus[];
/** The Region's six departments first; other codes can be typed in the filter. */
export const PACA_DEPARTMENTS = [
  { value: '04', label: '04 — Alpes-de-Haute-Provence' },
  { value: '05', label: '05 — Hautes-Alpes' },
  { value: '06', label: '06 — Alpes-Maritimes' },
  { value: '13', label: '13 — Bouches-du-Rhône' },
  { value: '83', label: '83 — Var' },
  { value: '84', label: '84 — Vaucluse' },
];

export const STATUS_COLOR: Record<string, string> = { ACTIVE: 'green', SUSPENDED: 'orange', LEFT: 'gray' };

/** "732 829 320 00074": the SIRET as people read it. */
export const formatSiret = (siret: string) => siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');

export const formatDecimal = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(n);

/** "2026-03-01" → "1 mars 2026" (a calendar date, no time zone shift). */
export const formatDay = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : '—';

export const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
