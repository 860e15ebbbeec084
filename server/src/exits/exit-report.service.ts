import { randomUUID } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { requireOrganization, requireViewer } from '../core/context.js';
import { AppError, badInput, conflict, fieldError, notFound, type FieldError } from '../core/errors.js';
import { idOf, inputIdOf } from '../core/relay.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import type { RoleCode } from '../contracts/contract-transitions.js';
import { countProblem, mayActOnReport, type ExitReportAction, type ExitReportStatusCode } from './exit-report.rules.js';
import { findExitReport, reportScope } from './exit-report.queries.js';
import type { ExitReportActionInput, ExitReportNode, SaveExitReportInput } from './exit.types.js';

export const EXIT_REPORT_ENTITY = 'ExitReport';

interface LockedReport {
  id: string;
  tenant_id: string;
  member_structure_id: string;
  status: ExitReportStatusCode;
  version: number;
  counts: Record<string, number>;
  not_examined: number;
}

async function lockReport(ctx: AppContext, globalId: string, version: number): Promise<LockedReport> {
  const s = reportScope(ctx);
  const [row] = await ctx.em.execute<LockedReport[]>(
    `select r.id, r.tenant_id, r.member_structure_id, r.status, r.version, r.counts, r.not_examined from exit_reports r
      where r.id = ? and ${s.sql} for update`,
    [idOf(globalId, 'ExitReport', 'Exit report'), ...s.params],
  );
  if (!row) throw notFound('Exit report');
  if (row.version !== version) throw conflict('This report was changed by someone else; reload it');
  return row;
}

function assertMay(ctx: AppContext, action: ExitReportAction, status: ExitReportStatusCode): void {
  if (!mayActOnReport(action, status, requireOrganization(ctx).role as RoleCode))
    throw new AppError('FORBIDDEN', status === 'VALIDATED' ? 'A validated report is locked; the network may reopen it' : `Your role may not ${action.toLowerCase()} a ${status} report`, {
      reason: status === 'VALIDATED' ? 'exitReport.locked' : 'exitReport.action.notAllowed',
    });
}

/** Checks counts against the catalogue: whole numbers ≥ 0, known reasons, each reason once. */
async function validCounts(ctx: AppContext, input: SaveExitReportInput): Promise<{ counts: Record<string, number>; notExamined: number }> {
  const errors: FieldError[] = [];
  const reasons = new Set((await ctx.em.execute<{ code: string }[]>(`select code from exit_reasons`)).map((r) => r.code));
  const counts: Record<string, number> = {};
  input.counts.forEach((c, i) => {
    const problem = countProblem(c.count);
    if (problem) errors.push(fieldError(`counts.${i}.count`, problem, 'A whole number, zero or more'));
    if (!reasons.has(c.reasonCode)) errors.push(fieldError(`counts.${i}.reasonCode`, 'exitReport.reason.unknown', 'Unknown exit reason'));
    else if (c.reasonCode in counts) errors.push(fieldError(`counts.${i}.reasonCode`, 'exitReport.reason.duplicate', 'Reason given twice'));
    if (!problem && c.count > 0) counts[c.reasonCode] = c.count;
    else if (!problem) counts[c.reasonCode] = 0;
  });
  const notExamined = input.notExamined ?? 0;
  const p = countProblem(notExamined);
  if (p) errors.push(fieldError('notExamined', p, 'A whole number, zero or more'));
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) errors.push(fieldError('year', 'exitReport.year.invalid', 'Not a year'));
  if (errors.length) throw badInput(errors);
  for (const k of Object.keys(counts)) if (counts[k] === 0) delete counts[k];
  return { counts, notExamined };
}

/** Creates (no id) or edits a report. Structure accounts report for their own structure; the network for any of its members. */
export async function saveExitReport(ctx: AppContext, input: SaveExitReportInput): Promise<ExitReportNode> {
  const org = requireOrganization(ctx);
  const { counts, notExamined } = await validCounts(ctx, input);
  if (input.id) {
    if (input.version == null) throw badInput([fieldError('version', 'version.required', 'Give the version you edited')]);
    const r = await lockReport(ctx, input.id, input.version);
    assertMay(ctx, 'SAVE', r.status);
    await ctx.em.execute(`update exit_reports set counts = ?::jsonb, not_examined = ?, version = version + 1, updated_at = now() where id = ? and tenant_id = ?`, [
      JSON.stringify(counts),
      notExamined,
      r.id,
      r.tenant_id,
    ]);
    const changes = diffFields({ counts: r.counts, notExamined: r.not_examined }, { counts, notExamined }, ['counts', 'notExamined']);
    await recordAudit(ctx, { tenantId: r.tenant_id, entityType: EXIT_REPORT_ENTITY, entityId: r.id, action: 'updated', changes });
    return (await findExitReport(ctx, r.id)) as ExitReportNode;
  }
  assertMay(ctx, 'SAVE', 'DRAFT');
  const tenantId = org.tenantId as string;
  let structureId: string;
  if (org.kind === 'STRUCTURE') {
    structureId = org.memberStructureId ?? '00000000-0000-0000-0000-000000000000';
    if (input.memberStructureId && inputIdOf(input.memberStructureId, 'Member', 'memberStructureId') !== structureId)
      throw badInput([fieldError('memberStructureId', 'exitReport.structure.notMember', 'Not your structure')]);
  } else {
    if (!input.memberStructureId) throw badInput([fieldError('memberStructureId', 'required', 'Choose a structure')]);
    structureId = inputIdOf(input.memberStructureId, 'Member', 'memberStructureId');
  }
  const [member] = await ctx.em.execute(`select 1 from member_structures where tenant_id = ? and id = ?`, [tenantId, structureId]);
  if (!member) throw badInput([fieldError('memberStructureId', 'exitReport.structure.notMember', 'Not a member structure of this network')]);
  // The report counts for the network's signed contract covering that year.
  const [contract] = await ctx.em.execute<{ id: string }[]>(
    `select id from objective_contracts where tenant_id = ? and status in ('SIGNED', 'CLOSED')
        and extract(year from period_start) <= ? and extract(year from period_end) >= ? order by period_start limit 1`,
    [tenantId, input.year, input.year],
  );
  if (!contract) throw badInput([fieldError('year', 'exitReport.year.outsideContract', 'No signed contract of the network covers this year')]);
  const [dup] = await ctx.em.execute(`select 1 from exit_reports where tenant_id = ? and member_structure_id = ? and year = ?`, [tenantId, structureId, input.year]);
  if (dup)
    throw new AppError('CONFLICT', 'This structure already has a report for that year', {
      fields: [fieldError('year', 'exitReport.duplicate', 'A report already exists for this structure and year')],
    });
  const id = randomUUID();
  await ctx.em.execute(`insert into exit_reports (id, tenant_id, member_structure_id, contract_id, year, counts, not_examined) values (?, ?, ?, ?, ?, ?::jsonb, ?)`, [
    id,
    tenantId,
    structureId,
    contract.id,
    input.year,
    JSON.stringify(counts),
    notExamined,
  ]);
  await recordAudit(ctx, { tenantId, entityType: EXIT_REPORT_ENTITY, entityId: id, action: 'created', changes: { counts: { from: null, to: counts }, notExamined: { from: null, to: notExamined } } });
  return (await findExitReport(ctx, id)) as ExitReportNode;
}

const NEXT: Record<Exclude<ExitReportAction, 'SAVE'>, ExitReportStatusCode> = { SUBMIT: 'SUBMITTED', VALIDATE: 'VALIDATED', REOPEN: 'DRAFT' };

/** submit / validate / reopen, as the shared action table allows. */
export async function moveExitReport(ctx: AppContext, action: Exclude<ExitReportAction, 'SAVE'>, input: ExitReportActionInput): Promise<ExitReportNode> {
  const r = await lockReport(ctx, input.id, input.version);
  assertMay(ctx, action, r.status);
  const to = NEXT[action];
  const userId = requireViewer(ctx).userId;
  await ctx.em.execute(
    `update exit_reports set status = ?::exit_report_status, version = version + 1, updated_at = now(),
       submitted_at = case when ? = 'SUBMITTED' then now() when ? = 'DRAFT' then null else submitted_at end,
       validated_at = case when ? = 'VALIDATED' then now() else null end,
       validated_by = case when ? = 'VALIDATED' then ?::uuid else null end
     where id = ? and tenant_id = ?`,
    [to, to, to, to, to, userId, r.id, r.tenant_id],
  );
  await recordAudit(ctx, { tenantId: r.tenant_id, entityType: EXIT_REPORT_ENTITY, entityId: r.id, action: action.toLowerCase(), changes: { status: { from: r.status, to } } });
  return (await findExitReport(ctx, r.id)) as ExitReportNode;
}
