import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileRefused, decodeRegister, detectDelimiter, foldHeader, parseRegister, splitKinds } from './member.csv.js';

const fixture = readFileSync(new URL('../../../test/fixtures/registre-exemple-cp1252.csv', import.meta.url));
const problems = (bytes: Buffer) => {
  try {
    parseRegister(bytes);
    return [];
  } catch (e) {
    return (e as FileRefused).problems.map((p) => p.code);
  }
};

describe('register files', () => {
  it('reads the Windows-1252 fixture: encoding, separator, French headers, 300 rows', () => {
    const f = parseRegister(fixture);
    expect(f.encoding).toBe('windows-1252');
    expect(f.delimiter).toBe(';');
    expect(f.columns).toEqual(['name', 'siret', 'kinds', 'address', 'postcode', 'city', 'phone', 'email', 'etp', 'insertionHeadcount', 'annexNumber']);
    expect(f.records).toHaveLength(300);
    expect(f.records[0].cells[0]).toBe('Régie de quartier Cœur de Ville Salon-de-Provence');
  });
  it('tells UTF-8 (with or without BOM) and UTF-16 from Windows-1252', () => {
    const text = 'Raison sociale;SIRET;Type de structure\nÉtoile;73282932000074;ACI\n';
    expect(decodeRegister(Buffer.from(text)).encoding).toBe('utf-8');
    expect(decodeRegister(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
    expect(decodeRegister(iconv.encode(text, 'win1252')).text).toBe(text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    expect(decodeRegister(utf16)).toEqual({ text, encoding: 'utf-16le' });
  });
  it('detects the separator outside quotes', () => {
    expect(detectDelimiter('a;b;c\n')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
  });
  it('folds headers and splits kinds', () => {
    expect(foldHeader('N° annexe financière')).toBe('nannexefinanciere');
    expect(foldHeader('  ETP Conventionnés ')).toBe('etpconventionnes');
    expect(splitKinds('ACI, EI')).toEqual(['ACI', 'EI']);
    expect(splitKinds('ACI et EI')).toEqual(['ACI', 'EI']);
    expect(splitKinds('')).toEqual([]);
  });
  it('refuses bad files with stable codes', () => {
    expect(problems(Buffer.from(''))).toEqual(['file.empty']);
    expect(problems(Buffer.from('\r\n \r\n'))).toEqual(['file.empty']);
    expect(problems(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual(['file.binary']);
    expect(problems(Buffer.from('Raison sociale;Chiffre\nA;1\n'))).toEqual(['columns.unknown', 'columns.missing', 'columns.missing']);
    expect(problems(Buffer.from('Raison sociale;SIRET;Type;Nom\nA;1;ACI;B\n'))).toEqual(['columns.duplicate']);
    expect(problems(Buffer.from('Raison sociale;SIRET;Type\n"A;1;ACI\n'))).toEqual(['file.malformed']);
    expect(problems(Buffer.alloc(11 * 1024 * 1024, 0x41))).toEqual(['file.tooLarge']);
  });
});
