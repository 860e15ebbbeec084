import { describe, expect, it } from 'vitest';
import {
  departmentFromPostcode,
  isValidDepartment,
  memberFieldErrors,
  memberValuesSchema,
  normalizePhone,
  normalizeWebsite,
  parseDecimal,
  siretProblem,
  statusChangeSchema,
} from './member.rules.js';

const base = { name: 'Atelier Calanques Solidaires', siret: '90678901100010', kinds: ['ACI'] };

describe('SIRET', () => {
  it('accepts the DOMAIN.md vectors and refuses the invalid one', () => {
    expect(siretProblem('73282932000074')).toBeNull();
    expect(siretProblem('35600000049837')).toBeNull(); // La Poste rule (sum of digits % 5)
    expect(siretProblem('35600000000048')).toBeNull();
    expect(siretProblem('12345678912345')).toBe('checksum');
  });
  it('strips spaces and refuses anything but 14 digits', () => {
    expect(siretProblem('732 829 320 00074')).toBeNull();
    expect(siretProblem('7328293200007')).toBe('format');
    expect(siretProblem('7328293200007A')).toBe('format');
  });
  it('applies the La Poste rule only to SIREN 356000000', () => {
    // Same digit sum (multiple of 5) as a La Poste SIRET, but another SIREN and a bad Luhn sum.
    expect(siretProblem('35600000049838')).toBe('checksum');
    expect(siretProblem('35700000049827')).toBe('checksum'); // digit sum % 5 === 0, Luhn fails
  });
  it('gives the normalised SIRET in the parsed record', () => {
    expect(memberValuesSchema.parse({ ...base, siret: '906 789 011 00010' }).siret).toBe('90678901100010');
  });
});

describe('departments', () => {
  it('derives the department from the postcode', () => {
    expect(departmentFromPostcode('13003')).toBe('13');
    expect(departmentFromPostcode('04000')).toBe('04');
    expect(departmentFromPostcode('20000')).toBe('2A');
    expect(departmentFromPostcode('20200')).toBe('2B');
    expect(departmentFromPostcode('97400')).toBe('974');
    expect(departmentFromPostcode('98800')).toBe('988');
    expect(departmentFromPostcode('00100')).toBeNull();
    expect(departmentFromPostcode('1300')).toBeNull();
  });
  it('knows which codes are departments', () => {
    for (const d of ['04', '05', '06', '13', '83', '84', '2A', '2B', '971', '976', '988']) expect(isValidDepartment(d)).toBe(true);
    for (const d of ['00', '20', '96', '977', '13A', '']) expect(isValidDepartment(d)).toBe(false);
  });
  it('fills the department from the postcode unless set by hand', () => {
    expect(memberValuesSchema.parse({ ...base, postcode: '84000' }).department).toBe('84');
    expect(memberValuesSchema.parse({ ...base, postcode: '84000', department: '13' }).department).toBe('13');
  });
});

describe('record', () => {
  it('normalises optional fields and keeps blanks as null', () => {
    const v = memberValuesSchema.parse({
      ...base,
      kinds: ['aci', 'EI', 'ACI'],
      email: ' Contact@Exemple.FR ',
      phone: '0472131371',
      website: 'www.exemple.fr',
      etp: '12,5',
      insertionHeadcount: '31',
      annexNumber: 'aci013230042a0m0',
      city: '',
    });
    expect(v).toMatchObject({
      kinds: ['ACI', 'EI'],
      email: 'contact@exemple.fr',
      phone: '04 72 13 13 71',
      website: 'https://www.exemple.fr',
      etp: 12.5,
      insertionHeadcount: 31,
      annexNumber: 'ACI013230042A0M0',
      city: null,
    });
  });
  it('names every bad field with a stable code', () => {
    expect(
      memberFieldErrors({
        name: '',
        siret: '12345678912345',
        kinds: ['XYZ'],
        postcode: '1300',
        email: 'not-an-email',
        phone: '12',
        website: 'javascript:alert(1)',
        etp: -1,
        insertionHeadcount: 2.5,
        annexNumber: 'ACI13',
        notes: 'x'.repeat(5001),
      }),
    ).toEqual({
      name: 'name.required',
      siret: 'siret.checksum',
      kinds: 'kinds.unknown',
      postcode: 'postcode.format',
      email: 'email.invalid',
      phone: 'phone.invalid',
      website: 'website.invalid',
      etp: 'etp.negative',
      insertionHeadcount: 'insertionHeadcount.integer',
      annexNumber: 'annexNumber.format',
      notes: 'notes.too_long',
    });
  });
  it('bounds ETP and headcount', () => {
    expect(memberFieldErrors({ ...base, etp: 5000 }).etp).toBe('etp.too_big');
    expect(memberFieldErrors({ ...base, etp: '1,234' }).etp).toBe('etp.precision');
    expect(memberFieldErrors({ ...base, etp: 'beaucoup' }).etp).toBe('etp.invalid');
    expect(memberFieldErrors({ ...base, insertionHeadcount: 1_000_000 }).insertionHeadcount).toBe('insertionHeadcount.too_big');
    expect(memberFieldErrors({ ...base, name: 'x'.repeat(201) }).name).toBe('name.too_long');
    expect(memberFieldErrors({ ...base, kinds: [] }).kinds).toBe('kinds.required');
  });
  it('accepts the annex number format of DOMAIN.md', () => {
    expect(memberFieldErrors({ ...base, annexNumber: 'ACI013230042A0M0' })).toEqual({});
    expect(memberFieldErrors({ ...base, annexNumber: 'ACI084230986A2M1' })).toEqual({});
    expect(memberFieldErrors({ ...base, annexNumber: 'XYZ013230042A0M0' }).annexNumber).toBe('annexNumber.format');
  });
});

describe('helpers', () => {
  it('parses French decimals', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1 000')).toBe(1000);
    expect(parseDecimal('abc')).toBeNaN();
  });
  it('normalises phones and websites', () => {
    expect(normalizePhone('+33 4 72 13 13 71')).toBe('04 72 13 13 71');
    expect(normalizePhone('12')).toBeNull();
    expect(normalizeWebsite('ftp://exemple.fr')).toBeNull();
    expect(normalizeWebsite('http://exemple')).toBeNull();
  });
  it('checks status change dates', () => {
    expect(statusChangeSchema.safeParse({ status: 'LEFT', since: '2026-02-30' }).success).toBe(false);
    expect(statusChangeSchema.safeParse({ status: 'LEFT', since: '2026-02-28' }).success).toBe(true);
    expect(statusChangeSchema.safeParse({ status: 'GONE', since: '2026-02-28' }).success).toBe(false);
  });
});
