import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AppContext } from '../core/context.js';
import { conflict } from '../core/errors.js';
import { toGlobalId } from '../core/relay.js';
import { recordAudit } from '../audit/audit.service.js';
import { ContractStatus } from './contract.types.js';

@ObjectType('ContractStatusCount')
export class ContractStatusCount {
  @Field(() => ContractStatus) status: ContractStatus;
  @Field(() => Int) count: number;
}

@ObjectType('NetworkContractSummary')
export class NetworkContractSummary {
  @Field(() => ID) networkId: string;
  @Field(() => String) networkName: string;
  @Field(() => ContractStatus, { nullable: true, description: 'Status of its contract covering the year, if any.' }) status: ContractStatus | null;
  @Field(() => ID, { nullable: true }) contractId: string | null;
  @Field(() => Float) budgetCents: number;
  @Field(() => Float) allocatedCents: number;
  @Field(() => Int) structures: number;
  @Field(() => Int) eligible: number;
  @Field(() => Int) notEligible: number;
  @Field(() => [ContractStatusCount], { description: "The network's contracts covering the year, counted by status (every status, zeros included)." })
  statusCounts: ContractStatusCount[];
}

@ObjectType('YearTrend')
export class YearTrend {
  @Field(() => Int) year: number;
  @Field(() => Float) signedBudgetCents: number;
  @Field(() => Float, { nullable: true }) envelopeCents: number | null;
  @Field(() => Int) eligible: number;
  @Field(() => Int) notEligible: number;
}

@ObjectType('RegionDashboard')
export class RegionDashboard {
  @Field(() => Int) year: number;
  @Field(() => Float, { nullable: true, description: "The Region's yearly envelope (a Region setting)." }) envelopeCents: number | null;
  @Field(() => Int, { nullable: true }) envelopeVersion: number | null;
  @Field(() => Float, { description: 'Budgets of SIGNED and CLOSED contracts covering the year.' }) signedBudgetCents: number;
  @Field(() => Float) allocatedCents: number;
  @Field(() => [NetworkContractSummary]) networks: NetworkContractSummary[];
  @Field(() => [ContractStatusCount], { description: 'Contracts covering the year, all networks, counted by status.' }) contractsByStatus: ContractStatusCount[];
  @Field(() => [YearTrend], { description: 'The year and the four before it.' }) trend: YearTrend[];
}

@InputType()
export class SetRegionEnvelopeInput {
  @Field(() => Int) year: number;
  @Field(() => Float) envelopeCents: number;
  @Field(() => Int, { nullable: true, description: 'The version seen; omit when the year has no envelope yet.' }) version?: number | null;
}

/** Examined and dynamic exits of report `r`, from its stored per-category sums. */
const DYNAMIC = 'r.exits_sustainable + r.exits_transition + r.exits_positive';
const EXAMINED = `${DYNAMIC} + r.exits_other`;

const COVERS = `daterange(c.period_start, c.period_end, '[]') && daterange(make_date(?::int, 1, 1), make_date(?::int, 12, 31), '[]')`;

const STATUSES = Object.values(ContractStatus) as ContractStatus[];
/** Every status in the table's order, summed over the given per-status counts. */
const statusCounts = (counts: Record<string, number>[]): ContractStatusCount[] =>
  STATUSES.map((status) => ({ status, count: counts.reduce((s, c) => s + Number(c[status] ?? 0), 0) }));

/** The Region's dashboard: three statements whatever the number of networks, contracts and structures. */
export async function regionDashboard(ctx: AppContext, year: number): Promise<RegionDashboard> {
  const [env] = await ctx.em.execute<{ envelope_cents: string; version: number }[]>(`select envelope_cents, version from region_settings where year = ?`, [year]);
  const networks = await ctx.em.execute<{
    id: string; name: string; status: ContractStatus | null; contract_id: string | null; budget: string | null; allocated: string | null; structures: number; eligible: number; not_eligible: number;
    status_counts: Record<string, number> | null;
  }[]>(
    `select n.id, n.name, c.status, c.id as contract_id, c.budget_cents as budget,
            (select jsonb_object_agg(s.status, s.n) from (select c.status, count(*)::int as n from objective_contracts c
               where c.tenant_id = n.id and ${COVERS} group by c.status) s) as status_counts,
            (select coalesce(sum(a.amount_cents), 0) from allocations a where a.tenant_id = c.tenant_id and a.contract_id = c.id) as allocated,
            (select count(*)::int from member_structures m where m.tenant_id = n.id) as structures,
            e.eligible, e.not_eligible
       from organizations n
       left join lateral (select * from objective_contracts c where c.tenant_id = n.id and c.status <> 'CANCELLED' and ${COVERS} order by c.period_start limit 1) c on true
       cross join lateral (
         select count(*) filter (where x.ex > 0 and x.dyn >= x.th * x.ex)::int as eligible, count(*) filter (where x.ex > 0 and x.dyn < x.th * x.ex)::int as not_eligible
           from (select ${EXAMINED} as ex, ${DYNAMIC} as dyn, k.threshold as th
                   from exit_reports r join objective_contracts k on k.tenant_id = r.tenant_id and k.id = r.contract_id
                  where r.tenant_id = n.id and r.year = ? and r.status = 'VALIDATED') x) e
      where n.kind = 'FEDERATION' order by n.name`,
    [year, year, year, year, year],
  );
  const trend = await ctx.em.execute<{ year: number; signed: string; envelope: string | null; eligible: number; not_eligible: number }[]>(
    `select y.year,
            (select coalesce(sum(c.budget_cents), 0) from objective_contracts c where c.status in ('SIGNED', 'CLOSED')
               and daterange(c.period_start, c.period_end, '[]') && daterange(make_date(y.year, 1, 1), make_date(y.year, 12, 31), '[]')) as signed,
            (select s.envelope_cents from region_settings s where s.year = y.year) as envelope,
            e.eligible, e.not_eligible
       from generate_series(?::int - 4, ?::int) as y(year)
       cross join lateral (
         select count(*) filter (where x.ex > 0 and x.dyn >= x.th * x.ex)::int as eligible, count(*) filter (where x.ex > 0 and x.dyn < x.th * x.ex)::int as not_eligible
           from (select ${EXAMINED} as ex, ${DYNAMIC} as dyn, k.threshold as th
                   from exit_reports r join objective_contracts k on k.tenant_id = r.tenant_id and k.id = r.contract_id
                  where r.year = y.year and r.status = 'VALIDATED') x) e
      order by y.year`,
    [year, year],
  );
  const signed = networks.filter((n) => n.status === 'SIGNED' || n.status === 'CLOSED');
  return {
    year,
    envelopeCents: env ? Number(env.envelope_cents) : null,
    envelopeVersion: env?.version ?? null,
    signedBudgetCents: Number(trend.at(-1)?.signed ?? 0),
    allocatedCents: signed.reduce((s, n) => s + Number(n.allocated ?? 0), 0),
    networks: networks.map((n) => ({
      networkId: toGlobalId('Organization', n.id),
      networkName: n.name,
      status: n.status,
      contractId: n.contract_id ? toGlobalId('ObjectiveContract', n.contract_id) : null,
      budgetCents: Number(n.budget ?? 0),
      allocatedCents: Number(n.allocated ?? 0),
      structures: n.structures,
      eligible: n.eligible,
      notEligible: n.not_eligible,
      statusCounts: statusCounts([n.status_counts ?? {}]),
    })),
    contractsByStatus: statusCounts(networks.map((n) => n.status_counts ?? {})),
    trend: trend.map((t) => ({ year: t.year, signedBudgetCents: Number(t.signed), envelopeCents: t.envelope === null ? null : Number(t.envelope), eligible: t.eligible, notEligible: t.not_eligible })),
  };
}

/** Sets the yearly envelope (Region administrator); a stale version is a CONFLICT. */
export async function setRegionEnvelope(ctx: AppContext, input: SetRegionEnvelopeInput): Promise<void> {
  const [row] = await ctx.em.execute<{ version: number; envelope_cents: string }[]>(`select version, envelope_cents from region_settings where year = ? for update`, [input.year]);
  if (row && row.version !== input.version) throw conflict('The envelope was changed by someone else; reload it');
  if (!row && input.version != null) throw conflict('The envelope was changed by someone else; reload it');
  await ctx.em.execute(
    `insert into region_settings (year, envelope_cents) values (?, ?)
     on conflict (year) do update set envelope_cents = excluded.envelope_cents, version = region_settings.version + 1, updated_at = now()`,
    [input.year, input.envelopeCents],
  );
  await recordAudit(ctx, {
    tenantId: null,
    entityType: 'RegionSetting',
    entityId: '00000000-0000-4000-8000-' + String(input.year).padStart(12, '0'),
    action: 'envelope',
    changes: { envelopeCents: { from: row ? Number(row.envelope_cents) : null, to: input.envelopeCents } },
  });
}
