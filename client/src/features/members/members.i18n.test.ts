import { describe, expect, it } from 'vitest';
import fr from '../../i18n/fr/members.json';
import en from '../../i18n/en/members.json';
import { pageOf } from '../../../../server/src/core/relay';
import { cursorBefore, PAGE_SIZE } from './useMemberSearchParams';

// Every field error code the server (rules, service, import) can send for a member.
const CODES = [
  'name.required', 'name.too_long',
  'siret.required', 'siret.format', 'siret.checksum', 'siret.taken', 'siret.duplicateInFile',
  'kinds.required', 'kinds.unknown',
  'postcode.format', 'postcode.unknown', 'department.invalid',
  'city.too_long', 'address.too_long',
  'email.invalid', 'email.too_long', 'phone.invalid', 'phone.too_long', 'website.invalid', 'website.too_long',
  'etp.invalid', 'etp.negative', 'etp.too_big', 'etp.precision',
  'insertionHeadcount.invalid', 'insertionHeadcount.integer', 'insertionHeadcount.negative', 'insertionHeadcount.too_big',
  'annexNumber.format', 'notes.too_long', 'status.unchanged', 'since.format', 'since.range', 'since.required',
  'id.unknown', 'row.columnCount',
];
const FILE_CODES = ['file.empty', 'file.noRows', 'file.binary', 'file.tooLarge', 'file.tooManyRows', 'file.malformed', 'columns.missing', 'columns.unknown', 'columns.duplicate'];

const at = (obj: unknown, path: string) => path.split('.').reduce<any>((o, k) => o?.[k], obj);

describe('members translations', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ])('%s has a message for every field and file error code', (_lang, messages) => {
    for (const code of CODES) expect(typeof at(messages.fieldErrors, code), code).toBe('string');
    for (const code of FILE_CODES) expect(typeof at(messages.import.fileErrors, code), code).toBe('string');
  });
});

describe('page cursors', () => {
  it('the cursor before page n makes the server start at row (n - 1) × page size', () => {
    expect(cursorBefore(1)).toBeNull();
    for (const page of [2, 3, 40]) expect(pageOf({ first: PAGE_SIZE, after: cursorBefore(page) }).offset).toBe((page - 1) * PAGE_SIZE);
  });
});
