import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { forbidden } from '../core/errors.js';
import { toGlobalId, type Page } from '../core/relay.js';
import { CATEGORY_SUMS, parseKinds, ratesOf, toCategoryCounts, type CategoryRow } from './exit-report.queries.js';
import type { EligibilityFilter, EligibilityLine, EligibilityTotals } from './exit.types.js';

interface LineRow extends CategoryRow {
  id: string;
  name: string;
  siret: string;
  kinds: string;
  department: string | null;
  tenant_id: string;
  network_name: string;
  reported: boolean;
  not_examined: number;
  threshold: string;
  total: number;
  n_eligible: number;
  n_not_eligible: number;
  n_undefined: number;
  sum_examined: string;
  sum_dynamic: string;
}

export interface EligibilityResult {
  lines: EligibilityLine[];
  total: number;
  totals: EligibilityTotals;
}

/**
 * The eligibility view for a year in ONE statement: every member structure the viewer may see
 * (all networks for the Region, its own members for a network), with its VALIDATED report's counts
 * per category, the contract's threshold, the eligibility decided exactly in numeric, and the
 * totals over the whole filtered set as window aggregates. Rates come from the shared module.
 */
export async function eligibilityView(ctx: AppContext, year: number, filter: EligibilityFilter | null | undefined, networkRawId: string | null, page: Page): Promise<EligibilityResult> {
  const org = requireOrganization(ctx);
  if (org.kind === 'STRUCTURE') throw forbidden('The eligibility view is for the Region and the networks');
  const conds: string[] = [];
  const params: unknown[] = [year];
  if (org.kind === 'FEDERATION') conds.push('m.tenant_id = ?'), params.push(org.tenantId);
  if (networkRawId) conds.push('m.tenant_id = ?'), params.push(networkRawId);
  if (filter?.kind) conds.push('?::structure_kind = any(m.kinds)'), params.push(filter.kind);
  if (filter?.department) conds.push('m.department = ?'), params.push(filter.department);
  const outer = filter?.eligibility ? 'where x.eligibility = ?' : '';
  const rows = await ctx.em.execute<LineRow[]>(
    `with lines as (
       select m.id, m.name, m.siret, m.kinds::text as kinds, m.department, m.tenant_id, n.name as network_name,
              (r.id is not null) as reported, coalesce(r.not_examined, 0) as not_examined, coalesce(c.threshold, 0.600) as threshold,
              coalesce(cc.s, 0) as s, coalesce(cc.t, 0) as t, coalesce(cc.p, 0) as p, coalesce(cc.o, 0) as o, coalesce(cc.w, 0) as w
         from member_structures m
         join organizations n on n.id = m.tenant_id
         left join exit_reports r on r.tenant_id = m.tenant_id and r.member_structure_id = m.id and r.year = ? and r.status = 'VALIDATED'
         left join objective_contracts c on c.tenant_id = r.tenant_id and c.id = r.contract_id
         left join lateral (${CATEGORY_SUMS}) cc on r.id is not null
        where ${conds.length ? conds.join(' and ') : 'true'}
     ), decided as (
       select l.*, (l.s + l.t + l.p + l.o) as examined, (l.s + l.t + l.p) as dynamic,
              case when l.s + l.t + l.p + l.o = 0 then 'UNDEFINED'
                   when (l.s + l.t + l.p) >= l.threshold * (l.s + l.t + l.p + l.o) then 'ELIGIBLE' else 'NOT_ELIGIBLE' end as eligibility
         from lines l
     )
     select x.*, count(*) over ()::int as total,
            count(*) filter (where x.eligibility = 'ELIGIBLE') over ()::int as n_eligible,
            count(*) filter (where x.eligibility = 'NOT_ELIGIBLE') over ()::int as n_not_eligible,
            count(*) filter (where x.eligibility = 'UNDEFINED') over ()::int as n_undefined,
            sum(x.examined) over () as sum_examined, sum(x.dynamic) over () as sum_dynamic
       from decided x ${outer}
      order by x.network_name, x.name, x.id
      limit ? offset ?`,
    [...params, ...(filter?.eligibility ? [filter.eligibility] : []), page.limit, page.offset],
  );
  const lines = rows.map((r) => ({
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
  const f = rows[0];
  const examined = Number(f?.sum_examined ?? 0);
  const dynamic = Number(f?.sum_dynamic ?? 0);
  const defined = (f?.n_eligible ?? 0) + (f?.n_not_eligible ?? 0);
  return {
    lines,
    total: f?.total ?? 0,
    totals: {
      structures: f?.total ?? 0,
      eligible: f?.n_eligible ?? 0,
      notEligible: f?.n_not_eligible ?? 0,
      undefined: f?.n_undefined ?? 0,
      examined,
      dynamic,
      dynamicRate: examined > 0 ? dynamic / examined : null,
      eligibleShare: defined > 0 ? (f?.n_eligible ?? 0) / defined : null,
    },
  };
}
