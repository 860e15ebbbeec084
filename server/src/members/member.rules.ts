import { z } from 'zod';

/**
 * The rules of a member structure record, shared by the server (mutations, CSV import) and the
 * client (forms validating as you type). Pure: zod only, no server imports.
 * Messages are stable keys (`siret.checksum`) that become the field error codes.
 */

export const STRUCTURE_KINDS = ['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ'] as const;
export type StructureKindCode = (typeof STRUCTURE_KINDS)[number];
export const MEMBER_STATUSES = ['ACTIVE', 'SUSPENDED', 'LEFT'] as const;
export type MemberStatusCode = (typeof MEMBER_STATUSES)[number];

export const LIMITS = {
  name: 200,
  city: 120,
  address: 300,
  email: 254,
  phone: 30,
  website: 300,
  notes: 5000,
  etpMax: 1000,
  headcountMax: 100_000,
} as const;

/** "732 829 320 00074" → "73282932000074": spaces, dots, dashes and non-breaking spaces dropped. */
export function normalizeSiret(raw: string): string {
  return raw.replace(/[\s.\-\u00a0\u202f]/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';

/** 'format' (not 14 digits), 'checksum', or null when valid (DOMAIN.md: Luhn, La Poste exception). */
export function siretProblem(raw: string): 'format' | 'checksum' | null {
  const s = normalizeSiret(raw);
  if (!/^[0-9]{14}$/.test(s)) return 'format';
  if (luhnValid(s)) return null;
  if (s.startsWith(LA_POSTE_SIREN)) {
    const sum = [...s].reduce((acc, c) => acc + Number(c), 0);
    if (sum % 5 === 0) return null;
  }
  return 'checksum';
}

export const isValidSiret = (raw: string) => siretProblem(raw) === null;

/** Department of a 5-digit French postcode: first two digits; Corsica 2A/2B; overseas three digits. Null when none. */
export function departmentFromPostcode(postcode: string): string | null {
  if (!/^[0-9]{5}$/.test(postcode)) return null;
  const two = postcode.slice(0, 2);
  if (two === '20') return Number(postcode) < 20200 ? '2A' : '2B';
  if (two === '97' || two === '98') {
    const three = postcode.slice(0, 3);
    return three === '970' || three === '980' ? null : three;
  }
  const n = Number(two);
  return n >= 1 && n <= 95 ? two : null;
}

/** Metropolitan 01–95 (2A/2B for Corsica), overseas 971–976 and 984–989. */
export function isValidDepartment(code: string): boolean {
  if (code === '2A' || code === '2B') return true;
  if (/^[0-9]{2}$/.test(code)) {
    const n = Number(code);
    return n >= 1 && n <= 95 && n !== 20;
  }
  if (/^97[1-6]$/.test(code) || /^98[4-9]$/.test(code)) return true;
  return false;
}

/** `ACI013230042A0M0`: kind, department on 3 characters, year (2), order (4), then A<n>M<n>. */
export const ANNEX_NUMBER = /^(ACI|AI|EI|EITI|ETTI|GEIQ)(0[0-9]{2}|02A|02B|9[78][0-9])([0-9]{2})([0-9]{4})A[0-9]{1,2}M[0-9]{1,2}$/;

export const normalizeAnnexNumber = (raw: string) => raw.replace(/[\s\-]/g, '').toUpperCase();

/** French numbers (10 digits starting with 0, or +33 and 9 digits), shown as "04 72 13 13 71"; others kept as typed. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()\u00a0]/g, '');
  let national: string | null = null;
  if (/^0[1-9][0-9]{8}$/.test(compact)) national = compact;
  else if (/^(\+33|0033)[1-9][0-9]{8}$/.test(compact)) national = `0${compact.slice(-9)}`;
  if (national) return national.replace(/(\d{2})(?=\d)/g, '$1 ');
  // Other international numbers: a + and 8 to 15 digits.
  if (/^\+[1-9][0-9]{7,14}$/.test(compact)) return compact;
  return null;
}

/** "www.exemple.fr" → "https://www.exemple.fr"; null when not an http(s) address with a dotted host. */
export function normalizeWebsite(raw: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return null;
    return withScheme;
  } catch {
    return null;
  }
}

/** "12,5" or "12.5" → 12.5; '' → null; anything else → NaN (reported by the schema). */
export function parseDecimal(raw: string): number | null {
  const t = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (t === '') return null;
  return /^-?[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : Number.NaN;
}

const blank = (v: unknown) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v);
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const emptyToNull = (v: unknown) => blank(trimmed(v));

const optionalText = (max: number, field: string) =>
  z.preprocess(emptyToNull, z.string().max(max, `${field}.too_long`).nullable());

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** A member record as a form or a CSV row gives it; the output is normalised (SIRET, phone, department...). */
export const memberValuesSchema = z
  .object({
    name: z.preprocess(trimmed, z.string('name.required').min(1, 'name.required').max(LIMITS.name, 'name.too_long')),
    siret: z
      .string('siret.required')
      .transform(normalizeSiret)
      .superRefine((s, c) => {
        if (s === '') c.addIssue({ code: 'custom', message: 'siret.required' });
        else {
          const p = siretProblem(s);
          if (p) c.addIssue({ code: 'custom', message: `siret.${p}` });
        }
      }),
    kinds: z
      .array(z.string(), 'kinds.required')
      .transform((ks) => [...new Set(ks.map((k) => k.trim().toUpperCase()))])
      .superRefine((ks, c) => {
        if (!ks.length) c.addIssue({ code: 'custom', message: 'kinds.required' });
        else if (ks.some((k) => !(STRUCTURE_KINDS as readonly string[]).includes(k))) c.addIssue({ code: 'custom', message: 'kinds.unknown' });
      })
      .transform((ks) => ks as StructureKindCode[]),
    postcode: z.preprocess(emptyToNull, z.string().regex(/^[0-9]{5}$/, 'postcode.format').refine((p) => departmentFromPostcode(p) !== null, 'postcode.unknown').nullable()),
    department: z.preprocess(
      (v) => (typeof emptyToNull(v) === 'string' ? (emptyToNull(v) as string).toUpperCase() : emptyToNull(v)),
      z.string().refine(isValidDepartment, 'department.invalid').nullable(),
    ),
    city: optionalText(LIMITS.city, 'city'),
    address: optionalText(LIMITS.address, 'address'),
    email: z.preprocess(
      (v) => (typeof emptyToNull(v) === 'string' ? (emptyToNull(v) as string).toLowerCase() : emptyToNull(v)),
      z.string().max(LIMITS.email, 'email.too_long').regex(EMAIL, 'email.invalid').nullable(),
    ),
    phone: z.preprocess(
      emptyToNull,
      z
        .string()
        .max(LIMITS.phone, 'phone.too_long')
        .transform((p, c) => normalizePhone(p) ?? (c.addIssue({ code: 'custom', message: 'phone.invalid' }), z.NEVER))
        .nullable(),
    ),
    website: z.preprocess(
      emptyToNull,
      z
        .string()
        .max(LIMITS.website, 'website.too_long')
        .transform((w, c) => normalizeWebsite(w) ?? (c.addIssue({ code: 'custom', message: 'website.invalid' }), z.NEVER))
        .nullable(),
    ),
    etp: z.preprocess(
      (v) => (typeof v === 'string' ? parseDecimal(v) : (v ?? null)),
      z
        .number('etp.invalid')
        .refine((n) => Number.isFinite(n), 'etp.invalid')
        .refine((n) => n >= 0, 'etp.negative')
        .refine((n) => n <= LIMITS.etpMax, 'etp.too_big')
        .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'etp.precision')
        .nullable(),
    ),
    insertionHeadcount: z.preprocess(
      (v) => (typeof v === 'string' ? parseDecimal(v) : (v ?? null)),
      z
        .number('insertionHeadcount.invalid')
        .refine((n) => Number.isInteger(n), 'insertionHeadcount.integer')
        .refine((n) => n >= 0, 'insertionHeadcount.negative')
        .refine((n) => n <= LIMITS.headcountMax, 'insertionHeadcount.too_big')
        .nullable(),
    ),
    annexNumber: z.preprocess(
      (v) => (typeof emptyToNull(v) === 'string' ? normalizeAnnexNumber(emptyToNull(v) as string) : emptyToNull(v)),
      z.string().max(30, 'annexNumber.format').regex(ANNEX_NUMBER, 'annexNumber.format').nullable(),
    ),
    notes: optionalText(LIMITS.notes, 'notes'),
  })
  // The department follows the postcode unless someone set it for a special case.
  .transform((v) => ({ ...v, department: v.department ?? (v.postcode ? departmentFromPostcode(v.postcode) : null) }));

export type MemberValuesInput = z.input<typeof memberValuesSchema>;
export type MemberValues = z.output<typeof memberValuesSchema>;

/** The fields a record is made of, in form order (also the audited fields). */
export const MEMBER_FIELDS = [
  'name',
  'siret',
  'kinds',
  'postcode',
  'department',
  'city',
  'address',
  'email',
  'phone',
  'website',
  'etp',
  'insertionHeadcount',
  'annexNumber',
  'notes',
] as const satisfies readonly (keyof MemberValues)[];

/** First error code per field ({ siret: 'siret.checksum' }), for forms validating as you type. */
export function memberFieldErrors(values: unknown): Record<string, string> {
  const r = memberValuesSchema.safeParse(values);
  if (r.success) return {};
  const out: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const field = String(issue.path[0] ?? 'input');
    if (!out[field]) out[field] = issue.message;
  }
  return out;
}

/** A status change: the date it takes effect (ISO yyyy-mm-dd), not absurdly far from today. */
export const statusChangeSchema = z.object({
  status: z.enum(MEMBER_STATUSES, 'status.invalid'),
  since: z
    .string('since.required')
    .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'since.format')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'since.format')
    .refine((d) => d >= '1980-01-01' && d <= `${new Date().getUTCFullYear() + 1}-12-31`, 'since.range'),
});
