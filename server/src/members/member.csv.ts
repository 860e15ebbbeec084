import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { MemberValues } from './member.rules.js';

/**
 * Reading a register file the way spreadsheets write them: UTF-8 (with or without BOM), UTF-16
 * with BOM, or Windows-1252; `;`, `,` or tab separators; French headers in any case and accents.
 */

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface FileProblem {
  code: string;
  message: string;
  line?: number | null;
  column?: string | null;
}

export type ImportColumn = keyof MemberValues | 'id' | 'ignored';

/** Header (folded: lowercase, no accents, letters and digits only) → field. */
const HEADERS: Record<string, ImportColumn> = {
  raisonsociale: 'name',
  nom: 'name',
  nomdelastructure: 'name',
  denomination: 'name',
  structure: 'name',
  siret: 'siret',
  numerosiret: 'siret',
  nsiret: 'siret',
  typedestructure: 'kinds',
  typesdestructure: 'kinds',
  typestructure: 'kinds',
  type: 'kinds',
  types: 'kinds',
  adresse: 'address',
  adressepostale: 'address',
  codepostal: 'postcode',
  cp: 'postcode',
  commune: 'city',
  ville: 'city',
  departement: 'department',
  dept: 'department',
  telephone: 'phone',
  tel: 'phone',
  courriel: 'email',
  email: 'email',
  mail: 'email',
  adressemail: 'email',
  adresseemail: 'email',
  siteweb: 'website',
  siteinternet: 'website',
  site: 'website',
  etpconventionnes: 'etp',
  etp: 'etp',
  salarieseninsertion: 'insertionHeadcount',
  salariesinsertion: 'insertionHeadcount',
  nannexefinanciere: 'annexNumber',
  noannexefinanciere: 'annexNumber',
  numeroannexefinanciere: 'annexNumber',
  annexefinanciere: 'annexNumber',
  notes: 'notes',
  remarques: 'notes',
  commentaire: 'notes',
  commentaires: 'notes',
  // Columns of our own export: the id matches the member; the others are read-only and skipped.
  identifiant: 'id',
  statut: 'ignored',
  depuisle: 'ignored',
  reseau: 'ignored',
  modifiele: 'ignored',
};

export const REQUIRED_COLUMNS: ImportColumn[] = ['name', 'siret', 'kinds'];

/** The French header our export writes for each field (also what the import recognises first). */
export const EXPORT_HEADERS: Record<keyof MemberValues, string> = {
  name: 'Raison sociale',
  siret: 'SIRET',
  kinds: 'Type de structure',
  address: 'Adresse',
  postcode: 'Code postal',
  city: 'Commune',
  department: 'Département',
  phone: 'Téléphone',
  email: 'Courriel',
  website: 'Site web',
  etp: 'ETP conventionnés',
  insertionHeadcount: 'Salariés en insertion',
  annexNumber: 'N° annexe financière',
  notes: 'Notes',
};

export const foldHeader = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]/g, '');

export class FileRefused extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

const refuse = (code: string, message: string, extra: Partial<FileProblem> = {}) => new FileRefused([{ code, message, ...extra }]);

/** Bytes → text, guessing the encoding. Refuses empty, oversized and binary files. */
export function decodeRegister(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length > IMPORT_MAX_BYTES)
    throw refuse('file.tooLarge', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = bytes.subarray(3).toString('utf8');
    encoding = 'utf-8';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = iconv.decode(bytes.subarray(2), 'utf-16le');
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = iconv.decode(bytes.subarray(2), 'utf-16be');
    encoding = 'utf-16be';
  } else {
    if (bytes.includes(0)) throw refuse('file.binary', 'This is not a text (CSV) file');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      text = iconv.decode(bytes, 'win1252');
      encoding = 'windows-1252';
    }
  }
  // Control characters other than tab and line breaks do not occur in a spreadsheet's CSV.
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / Math.max(sample.length, 1) > 0.001) throw refuse('file.binary', 'This is not a text (CSV) file');
  if (!text.trim()) throw refuse('file.empty', 'The file is empty');
  return { text, encoding };
}

/** `;`, `,` or tab: whichever the header line has most of, outside quotes (ties go to `;`). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return (['\t', ',', ';'] as const).reduce((best, d) => (counts[d] > counts[best] ? d : best), ';' as string);
}

export interface ParsedRegister {
  encoding: string;
  delimiter: string;
  columns: ImportColumn[];
  headers: string[];
  records: { line: number; cells: string[] }[];
}

/** Text → header and records; refuses broken quoting, unknown or missing columns, too many rows. */
export function parseRegister(bytes: Buffer): ParsedRegister {
  const { text, encoding } = decodeRegister(bytes);
  const delimiter = detectDelimiter(text);
  let raw: { record: string[]; info: { lines: number } }[];
  try {
    raw = parse(text, { delimiter, info: true, bom: true, trim: true, skip_empty_lines: true, skip_records_with_empty_values: true, relax_column_count: true }) as unknown as typeof raw;
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number };
    throw refuse('file.malformed', `The file is not valid CSV near line ${err.lines ?? '?'}: ${err.message}`, { line: err.lines ?? null });
  }
  if (!raw.length) throw refuse('file.empty', 'The file is empty');
  const headers = raw[0].record;
  const problems: FileProblem[] = [];
  const columns = headers.map((h): ImportColumn => {
    const col = HEADERS[foldHeader(h)];
    if (!col) problems.push({ code: 'columns.unknown', message: `Unknown column "${h}"`, column: h, line: 1 });
    return col ?? 'ignored';
  });
  const seen = new Set<ImportColumn>();
  columns.forEach((c, i) => {
    if (c !== 'ignored' && seen.has(c)) problems.push({ code: 'columns.duplicate', message: `Column "${headers[i]}" appears twice`, column: headers[i], line: 1 });
    seen.add(c);
  });
  for (const req of REQUIRED_COLUMNS)
    if (!seen.has(req))
      problems.push({ code: 'columns.missing', message: `Required column "${EXPORT_HEADERS[req as keyof MemberValues]}" is missing`, column: EXPORT_HEADERS[req as keyof MemberValues] });
  const records = raw.slice(1).map((r) => ({ line: r.info.lines, cells: r.record }));
  if (records.length > IMPORT_MAX_ROWS)
    problems.push({ code: 'file.tooManyRows', message: `The file has ${records.length} rows; at most ${IMPORT_MAX_ROWS} are imported at once: split it` });
  if (!records.length) problems.push({ code: 'file.noRows', message: 'The file has a header but no rows' });
  if (problems.length) throw new FileRefused(problems);
  return { encoding, delimiter, columns, headers, records };
}

/** "ACI, EI" / "ACI;EI" / "ACI et EI" → ['ACI', 'EI']. */
export const splitKinds = (cell: string) =>
  cell
    .split(/\s*(?:,|;|\/|\+|\bet\b)\s*/i)
    .map((k) => k.trim())
    .filter(Boolean);
