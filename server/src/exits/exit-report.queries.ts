import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { toGlobalId, type Page } from '../core/relay.js';
import type { StructureKind } from '../members/member.entity.js';
import { eligibility, exitRates, type CategoryCounts } from './exit-rates.js';
import { ExitReportNode, type ExitRatesType, type ExitReportStatus, type EligibilityStatus } from './exit.types.js';

/**
 * Per-category sums of a report's counts, stored on the report row (kept exact by a trigger on
 * every write of `counts`, migration exit_report_sums), selected as s, t, p, o, w for alias `r`.
 */
export const categoryColumns = (r = 'r', orZero = false): string =>
  (
    [
      ['exits_sustainable', 's'],
      ['exits_transition', 't'],
      ['exits_positive', 'p'],
      ['exits_other', 'o'],
      ['exits_withdrawn', 'w'],
    ] as const
  )
    .map(([col, as]) => (orZero ? `coalesce(${r}.${col}, 0) as ${as}` : `${r}.${col} as ${as}`))
    .join(', ');

export interface CategoryRow {
  s: number;
  t: number;
  p: number;
  o: number;
  w: number;
}

export const toCategoryCounts = (r: CategoryRow): CategoryCounts => ({
  SUSTAINABLE_EMPLOYMENT: Number(r.s ?? 0),
  TRANSITION_EMPLOYMENT: Number(r.t ?? 0),
  POSITIVE_EXIT: Number(r.p ?? 0),
  OTHER_EXIT: Number(r.o ?? 0),
  WITHDRAWN: Number(r.w ?? 0),
});

/** The shared module's counts and rates, as the GraphQL type (rates null rather than undefined). */
export function ratesOf(c: CategoryCounts, notExamined: number, threshold: number): ExitRatesType {
  const r = exitRates(c, notExamined);
  return {
    ...r,
    dynamicRate: r.dynamicRate ?? null,
    sustainableRate: r.sustainableRate ?? null,
    employmentRate: r.employmentRate ?? null,
    threshold,
    eligibility: eligibility(r.dynamic, r.examined, threshold) as EligibilityStatus,
  };
}

export const parseKinds = (k: string | StructureKind[]): StructureKind[] =>
  Array.isArray(k) ? k : (k.replace(/^{|}$/g, '').split(',').filter(Boolean) as StructureKind[]);

/** Exit reports the active organisation may see, for alias `r`. */
export function reportScope(ctx: AppContext): { sql: string; params: unknown[] } {
  const org = requireOrganization(ctx);
  if (org.kind === 'FUNDER') return { sql: 'true', params: [] };
  if (org.kind === 'FEDERATION') return { sql: 'r.tenant_id = ?', params: [org.tenantId] };
  return { sql: 'r.tenant_id = ? and r.member_structure_id = ?', params: [org.tenantId, org.memberStructureId ?? '00000000-0000-0000-0000-000000000000'] };
}

interface ReportRow extends CategoryRow {
  id: string;
  member_structure_id: string;
  name: string;
  kinds: string;
  network_name: string;
  contract_id: string;
  threshold: string;
  year: number;
  status: ExitReportStatus;
  counts: Record<string, number>;
  not_examined: number;
  submitted_at: Date | null;
  validated_at: Date | null;
  validated_by_name: string | null;
  version: number;
  total?: number;
}

const SELECT = `select r.id, r.member_structure_id, m.name, m.kinds::text as kinds, n.name as network_name, r.contract_id, c.threshold,
       r.year, r.status, r.counts, r.not_examined, r.submitted_at, r.validated_at, u.display_name as validated_by_name, r.version,
       ${categoryColumns('r')}
  from exit_reports r
  join member_structures m on m.tenant_id = r.tenant_id and m.id = r.member_structure_id
  join organizations n on n.id = r.tenant_id
  join objective_contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
  left join users u on u.id = r.validated_by`;

function toNode(r: ReportRow): ExitReportNode {
  const threshold = Number(r.threshold);
  return Object.assign(new ExitReportNode(), {
    id: toGlobalId('ExitReport', r.id),
    rawId: r.id,
    memberStructureId: toGlobalId('Member', r.member_structure_id),
    structureName: r.name,
    kinds: parseKinds(r.kinds),
    networkName: r.network_name,
    contractId: toGlobalId('ObjectiveContract', r.contract_id),
    year: r.year,
    status: r.status,
    counts: Object.entries(r.counts ?? {}).map(([reasonCode, count]) => ({ reasonCode, count: Number(count) })),
    notExamined: r.not_examined,
    rates: ratesOf(toCategoryCounts(r), r.not_examined, threshold),
    submittedAt: r.submitted_at,
    validatedAt: r.validated_at,
    validatedByName: r.validated_by_name,
    version: r.version,
  });
}

export async function findExitReport(ctx: AppContext, rawId: string): Promise<ExitReportNode | null> {
  const s = reportScope(ctx);
  const [row] = await ctx.em.execute<ReportRow[]>(`${SELECT} where r.id = ? and ${s.sql}`, [rawId, ...s.params]);
  return row ? toNode(row) : null;
}

export async function listExitReports(
  ctx: AppContext,
  f: { year?: number | null; status?: string | null; structureId?: string | null },
  page: Page,
): Promise<{ nodes: ExitReportNode[]; total: number }> {
  const s = reportScope(ctx);
  const conds = [s.sql];
  const params: unknown[] = [...s.params];
  if (f.year) conds.push('r.year = ?'), params.push(f.year);
  if (f.status) conds.push('r.status = ?::exit_report_status'), params.push(f.status);
  if (f.structureId) conds.push('r.member_structure_id = ?'), params.push(f.structureId);
  const rows = await ctx.em.execute<ReportRow[]>(
    `${SELECT.replace('select r.id,', 'select count(*) over ()::int as total, r.id,')} where ${conds.join(' and ')}
     order by r.year desc, m.name, r.id limit ? offset ?`,
    [...params, page.limit, page.offset],
  );
  return { nodes: rows.map(toNode), total: rows[0]?.total ?? 0 };
}
