import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { toGlobalId, type Page } from '../core/relay.js';
import { categoryColumns, parseKinds, ratesOf, toCategoryCounts, type CategoryRow } from './exit-report.queries.js';
import { eligibilityTotals, type EligibilityCode } from './eligibility-totals.js';
import type { EligibilityFilter, EligibilityLine, EligibilityTotals } from './exit.types.js';

interface LineRow extends CategoryRow {
  id: string | null;
  name: string;
  siret: string;
  kinds: string;
  department: string | null;
  tenant_id: string;
  network_name: string;
  reported: boolean;
  not_examined: number;
  threshold: string;
  n_structures: number;
  n_eligible: number;
  n_not_eligible: number;
  e_examined: string;
  e_dynamic: string;
  ne_examined: string;
  ne_dynamic: string;
}

export interface EligibilityResult {
  lines: EligibilityLine[];
  total: number;
  totals: EligibilityTotals;
}

/** Examined, dynamic and the outcome of report `r` (stored category sums) against contract `c`'s threshold, compared exactly in integers (per mille), as the shared module does. */
const EXAMINED = '(r.exits_sustainable + r.exits_transition + r.exits_positive + r.exits_other)';
const DYNAMIC = '(r.exits_sustainable + r.exits_transition + r.exits_positive)';
const OUTCOME = `case when r.id is null or ${EXAMINED} = 0 then 'UNDEFINED'
  when ${DYNAMIC}::bigint * 1000 >= round(c.threshold * 1000)::bigint * ${EXAMINED} then 'ELIGIBLE' else 'NOT_ELIGIBLE' end`;
const REPORT_JOIN = `left join exit_reports r on r.tenant_id = m.tenant_id and r.member_structure_id = m.id and r.year = ? and r.status = 'VALIDATED'
  left join objective_contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id`;

/**
 * The eligibility view for a year in ONE statement: every member structure the viewer may see
 * (all networks for the Region, its own members for a network), with its VALIDATED report's counts
 * per category (stored on the report row), the contract's threshold, and the totals over the whole
 * filtered set. The totals aggregate the year's validated reports (no per-structure join unless a
 * kind or department filter needs it) plus a count of the structures in scope; the page is a top-N
 * over the structures, and only its lines look up their report. Rates come from the shared module.
 */
export async function eligibilityView(ctx: AppContext, year: number, filter: EligibilityFilter | null | undefined, networkRawId: string | null, page: Page): Promise<EligibilityResult> {
  const org = requireOrganization(ctx);
  if (org.kind === 'STRUCTURE') throw forbidden('The eligibility view is for the Region and the networks');
  // Conditions on the structures (alias m); the tenant ones also apply to the reports (alias r).
  const tenantConds: string[] = [];
  const tenantParams: unknown[] = [];
  if (org.kind === 'FEDERATION') tenantConds.push('tenant_id = ?'), tenantParams.push(org.tenantId);
  if (networkRawId) tenantConds.push('tenant_id = ?'), tenantParams.push(networkRawId);
  const memberConds: string[] = [];
  const memberParams: unknown[] = [];
  if (filter?.kind) memberConds.push('?::structure_kind = any(m.kinds)'), memberParams.push(filter.kind);
  if (filter?.department) memberConds.push('m.department = ?'), memberParams.push(filter.department);
  const where = (alias: string) => [...tenantConds.map((c) => `${alias}.${c}`), ...(alias === 'm' ? memberConds : [])];
  const mWhere = where('m').join(' and ') || 'true';
  const mParams = [...tenantParams, ...memberParams];
  const rWhere = [
    ...where('r'),
    ...(memberConds.length ? [`exists (select 1 from member_structures m where m.tenant_id = r.tenant_id and m.id = r.member_structure_id and ${memberConds.join(' and ')})`] : []),
  ];
  const rParams = [...tenantParams, ...memberParams];
  const only = filter?.eligibility ?? null;

  // Without an outcome filter the page is a top-N over the structures and only its lines join their
  // report; with one, the outcome decides which structures are in the page.
  const pageSql = only
    ? `select m.id, m.tenant_id, m.name, m.siret, m.kinds, m.department, n.name as network_name
         from member_structures m join organizations n on n.id = m.tenant_id ${REPORT_JOIN}
        where ${mWhere} and ${OUTCOME} = ?
        order by n.name, m.name, m.id limit ? offset ?`
    : `select m.id, m.tenant_id, m.name, m.siret, m.kinds, m.department, n.name as network_name
         from member_structures m join organizations n on n.id = m.tenant_id
        where ${mWhere}
        order by n.name, m.name, m.id limit ? offset ?`;
  const pageParams = only ? [year, ...mParams, only, page.limit, page.offset] : [...mParams, page.limit, page.offset];
  const rows = await ctx.em.execute<LineRow[]>(
    `with outcomes as (
       select x.ok, count(*)::int as n, sum(x.examined) as examined, sum(x.dynamic) as dynamic
         from (select case when ${EXAMINED} = 0 then null else ${DYNAMIC}::bigint * 1000 >= c.per_mille * ${EXAMINED} end as ok,
                      ${EXAMINED} as examined, ${DYNAMIC} as dynamic
                 from exit_reports r
                 join (select tenant_id, id, round(threshold * 1000)::bigint as per_mille from objective_contracts) c on c.tenant_id = r.tenant_id and c.id = r.contract_id
                where r.year = ? and r.status = 'VALIDATED' ${rWhere.map((w) => `and ${w}`).join(' ')}) x
        group by x.ok
     ), totals as (
       select (select count(*) from member_structures m where ${mWhere})::int as n_structures,
              coalesce(sum(n) filter (where ok), 0)::int as n_eligible,
              coalesce(sum(n) filter (where not ok), 0)::int as n_not_eligible,
              coalesce(sum(examined) filter (where ok), 0) as e_examined,
              coalesce(sum(dynamic) filter (where ok), 0) as e_dynamic,
              coalesce(sum(examined) filter (where not ok), 0) as ne_examined,
              coalesce(sum(dynamic) filter (where not ok), 0) as ne_dynamic
         from outcomes
     ), page as (${pageSql})
     select m.id, m.name, m.siret, m.kinds::text as kinds, m.department, m.tenant_id, m.network_name,
            (r.id is not null) as reported, coalesce(r.not_examined, 0) as not_examined, coalesce(c.threshold, 0.600) as threshold,
            ${categoryColumns('r', true)}, t.*
       from totals t left join page m on true
       ${REPORT_JOIN}
      order by m.network_name, m.name, m.id`,
    [year, ...rParams, ...mParams, ...pageParams, year],
  );
  const f = rows[0];
  const lines = rows
    .filter((r): r is LineRow & { id: string } => r.id !== null)
    .map((r) => ({
      memberStructureId: toGlobalId('Member', r.id),
      structureName: r.name,
      siret: r.siret,
      kinds: parseKinds(r.kinds),
      department: r.department,
      networkId: toGlobalId('Organization', r.tenant_id),
      networkName: r.network_name,
      reported: r.reported,
      rates: ratesOf(toCategoryCounts(r), Number(r.not_examined), Number(r.threshold)),
    }));
  const totals = eligibilityTotals(
    {
      structures: Number(f?.n_structures ?? 0),
      eligible: Number(f?.n_eligible ?? 0),
      notEligible: Number(f?.n_not_eligible ?? 0),
      eligibleExamined: Number(f?.e_examined ?? 0),
      eligibleDynamic: Number(f?.e_dynamic ?? 0),
      notEligibleExamined: Number(f?.ne_examined ?? 0),
      notEligibleDynamic: Number(f?.ne_dynamic ?? 0),
    },
    only as EligibilityCode | null,
  );
  return { lines, total: totals.structures, totals };
}
