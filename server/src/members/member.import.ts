import { randomUUID } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { badInput, fieldError, type FieldError } from '../core/errors.js';
import { diffFields } from '../audit/audit.service.js';
import type { AuditChanges } from '../audit/audit-event.entity.js';
import { MEMBER_FIELDS, memberValuesSchema, normalizeSiret, type MemberValues } from './member.rules.js';
import { FileRefused, parseRegister, splitKinds, type FileProblem, type ParsedRegister } from './member.csv.js';
import { MEMBER_COLUMNS } from './member.queries.js';
import { MEMBER_ENTITY, creationChanges, requireNetwork } from './member.service.js';
import { memberValuesOf, type MemberRow } from './member.types.js';

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

export interface ImportRowResult {
  line: number;
  action: ImportAction;
  siret: string | null;
  name: string | null;
  memberId: string | null;
  changedFields: string[];
  errors: FieldError[];
}

export interface ImportReport {
  dryRun: boolean;
  applied: boolean;
  encoding: string | null;
  delimiter: string | null;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorRows: number;
  fileErrors: FileProblem[];
  rows: ImportRowResult[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHUNK = 2000;

/** The file as bytes: `csvBase64` (exact bytes, so the encoding is detected) or `csv` (already text). */
export function importBytes(input: { csv?: string | null; csvBase64?: string | null }): Buffer {
  if (input.csvBase64 != null && input.csv != null) throw badInput([fieldError('csv', 'import.oneSource', 'Send either csv or csvBase64')]);
  if (input.csvBase64 != null) {
    if (!/^[A-Za-z0-9+/=\r\n]*$/.test(input.csvBase64)) throw badInput([fieldError('csvBase64', 'import.base64', 'Not base64')]);
    return Buffer.from(input.csvBase64, 'base64');
  }
  if (input.csv != null) return Buffer.from(input.csv, 'utf8');
  throw badInput([fieldError('csv', 'import.noFile', 'Send the file in csv or csvBase64')]);
}

interface Planned {
  result: ImportRowResult;
  values?: MemberValues;
  changes?: AuditChanges | null;
}

/** Checks every row against the rules and the register; writes nothing. */
async function planImport(ctx: AppContext, tenantId: string, file: ParsedRegister): Promise<Planned[]> {
  const existing = await ctx.em.execute<MemberRow[]>(`select ${MEMBER_COLUMNS} from member_structures m where m.tenant_id = ?`, [tenantId]);
  const byId = new Map(existing.map((r) => [r.id, r]));
  const bySiret = new Map(existing.map((r) => [r.siret, r]));
  const hasColumn = new Set(file.columns);
  const firstLineOfSiret = new Map<string, Planned>();

  const planned = file.records.map(({ line, cells }): Planned => {
    const errors: FieldError[] = [];
    const fromFile: Record<string, unknown> = {};
    let idCell = '';
    file.columns.forEach((col, i) => {
      const cell = cells[i] ?? '';
      if (col === 'ignored') return;
      if (col === 'id') idCell = cell;
      else fromFile[col] = col === 'kinds' ? splitKinds(cell) : cell;
    });
    if (cells.length !== file.headers.length)
      errors.push(fieldError('row', 'row.columnCount', `Line ${line} has ${cells.length} cells, the header ${file.headers.length}`));
    let target: MemberRow | undefined;
    if (idCell) {
      target = UUID.test(idCell) ? byId.get(idCell.toLowerCase()) : undefined;
      if (!target) errors.push(fieldError('id', 'id.unknown', 'No member of this network has this identifier'));
    }
    // Columns the file does not have keep their stored values; the department follows a new postcode.
    const base: Record<string, unknown> = {};
    target ??= typeof fromFile.siret === 'string' ? bySiret.get(normalizeSiret(fromFile.siret)) : undefined;
    if (target) Object.assign(base, memberValuesOf(target));
    if (hasColumn.has('postcode') && !hasColumn.has('department')) base.department = null;
    const parsed = memberValuesSchema.safeParse({ ...base, ...fromFile });
    if (!parsed.success)
      for (const issue of parsed.error.issues) errors.push(fieldError(String(issue.path[0] ?? 'row'), issue.message, `${String(issue.path[0])}: ${issue.message}`));
    const values = parsed.success ? parsed.data : undefined;
    if (values && target && target.siret !== values.siret && bySiret.has(values.siret))
      errors.push(fieldError('siret', 'siret.taken', 'Another member of this network has this SIRET'));
    const result: ImportRowResult = {
      line,
      action: 'ERROR',
      siret: values?.siret ?? (typeof fromFile.siret === 'string' ? fromFile.siret : null),
      name: values?.name ?? (typeof fromFile.name === 'string' ? fromFile.name : null),
      memberId: target?.id ?? null,
      changedFields: [],
      errors,
    };
    const plan: Planned = { result };
    // Duplicates are found on the normalised SIRET even when the row has other errors.
    const siretKey = values?.siret ?? (typeof fromFile.siret === 'string' ? normalizeSiret(fromFile.siret) : '');
    if (/^[0-9]{14}$/.test(siretKey)) {
      const first = firstLineOfSiret.get(siretKey);
      if (first) {
        const dup = fieldError('siret', 'siret.duplicateInFile', `This SIRET is also on line ${first.result.line}`);
        errors.push({ ...dup, line: first.result.line } as FieldError);
        if (!first.result.errors.some((e) => e.code === 'siret.duplicateInFile'))
          first.result.errors.push({ ...fieldError('siret', 'siret.duplicateInFile', `This SIRET is also on line ${line}`), line } as FieldError);
      } else firstLineOfSiret.set(siretKey, plan);
    }
    if (!errors.length && values) {
      plan.values = values;
      if (!target) {
        result.action = 'CREATE';
        result.memberId = randomUUID();
        plan.changes = creationChanges(values);
      } else {
        plan.changes = diffFields(memberValuesOf(target), values, [...MEMBER_FIELDS]);
        result.action = plan.changes ? 'UPDATE' : 'UNCHANGED';
        result.changedFields = Object.keys(plan.changes ?? {});
      }
    }
    return plan;
  });
  // A duplicate found on a later line also marks the earlier one as an error.
  for (const p of planned) if (p.result.errors.length) (p.result.action = 'ERROR'), (p.values = undefined);
  return planned;
}

const RECORD = `x(id uuid, name text, siret text, kinds text[], postcode text, department text, city text, address text, email text,
  phone text, website text, etp numeric, insertion_headcount int, annex_number text, notes text)`;

const toRecord = (id: string, v: MemberValues) => ({
  id,
  name: v.name,
  siret: v.siret,
  kinds: v.kinds,
  postcode: v.postcode,
  department: v.department,
  city: v.city,
  address: v.address,
  email: v.email,
  phone: v.phone,
  website: v.website,
  etp: v.etp,
  insertion_headcount: v.insertionHeadcount,
  annex_number: v.annexNumber,
  notes: v.notes,
});

/** Batched writes: a few statements per 2,000 rows, never one per row. */
async function writeImport(ctx: AppContext, tenantId: string, planned: Planned[]): Promise<void> {
  const creates = planned.filter((p) => p.result.action === 'CREATE');
  const updates = planned.filter((p) => p.result.action === 'UPDATE');
  for (let i = 0; i < creates.length; i += CHUNK) {
    const chunk = creates.slice(i, i + CHUNK).map((p) => toRecord(p.result.memberId!, p.values!));
    await ctx.em.execute(
      `insert into member_structures (id, tenant_id, name, siret, kinds, postcode, department, city, address, email, phone, website, etp, insertion_headcount, annex_number, notes)
       select x.id, ?, x.name, x.siret, x.kinds::structure_kind[], x.postcode, x.department, x.city, x.address, x.email, x.phone, x.website, x.etp,
              x.insertion_headcount, x.annex_number, x.notes
         from jsonb_to_recordset(?::jsonb) as ${RECORD}`,
      [tenantId, JSON.stringify(chunk)],
    );
  }
  for (let i = 0; i < updates.length; i += CHUNK) {
    const chunk = updates.slice(i, i + CHUNK).map((p) => toRecord(p.result.memberId!, p.values!));
    await ctx.em.execute(
      `update member_structures m set name = x.name, siret = x.siret, kinds = x.kinds::structure_kind[], postcode = x.postcode,
              department = x.department, city = x.city, address = x.address, email = x.email, phone = x.phone, website = x.website,
              etp = x.etp, insertion_headcount = x.insertion_headcount, annex_number = x.annex_number, notes = x.notes,
              version = m.version + 1, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as ${RECORD}
        where m.tenant_id = ? and m.id = x.id`,
      [JSON.stringify(chunk), tenantId],
    );
  }
  const audited = [...creates, ...updates];
  for (let i = 0; i < audited.length; i += CHUNK) {
    const chunk = audited.slice(i, i + CHUNK).map((p) => ({
      entity_id: p.result.memberId,
      action: p.result.action === 'CREATE' ? 'CREATED_BY_IMPORT' : 'UPDATED_BY_IMPORT',
      changes: p.changes,
    }));
    await ctx.em.execute(
      `insert into audit_events (id, tenant_id, entity_type, entity_id, action, changes, actor_user_id, actor_organization_id, request_id)
       select gen_random_uuid(), ?, ?, x.entity_id, x.action, x.changes, ?, ?, ?
         from jsonb_to_recordset(?::jsonb) as x(entity_id uuid, action text, changes jsonb)`,
      [tenantId, MEMBER_ENTITY, ctx.viewer?.userId ?? null, ctx.organization?.id ?? null, ctx.requestId, JSON.stringify(chunk)],
    );
  }
}

/**
 * Imports a register file: every row checked first; with `dryRun` or any error nothing is
 * written (the whole file or nothing); otherwise creates and updates in batches, each audited.
 */
export async function importMembers(ctx: AppContext, bytes: Buffer, dryRun: boolean): Promise<ImportReport> {
  const { tenantId } = requireNetwork(ctx);
  const report: ImportReport = {
    dryRun,
    applied: false,
    encoding: null,
    delimiter: null,
    totalRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errorRows: 0,
    fileErrors: [],
    rows: [],
  };
  let file: ParsedRegister;
  try {
    file = parseRegister(bytes);
  } catch (e) {
    if (e instanceof FileRefused) return { ...report, fileErrors: e.problems };
    throw e;
  }
  const planned = await planImport(ctx, tenantId, file);
  report.encoding = file.encoding;
  report.delimiter = file.delimiter;
  report.rows = planned.map((p) => p.result);
  report.totalRows = planned.length;
  for (const r of report.rows) {
    if (r.action === 'CREATE') report.created++;
    else if (r.action === 'UPDATE') report.updated++;
    else if (r.action === 'UNCHANGED') report.unchanged++;
    else report.errorRows++;
  }
  if (dryRun || report.errorRows) return report;
  await writeImport(ctx, tenantId, planned);
  report.applied = true;
  return report;
}
