import { randomUUID } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { AppError, badInput, fieldError, notFound } from '../core/errors.js';
import { inputIdOf, toGlobalId } from '../core/relay.js';
import { recordAudit } from '../audit/audit.service.js';
import { exitRates, type CategoryCounts } from '../exits/exit-rates.js';
import { toCategoryCounts } from '../exits/exit-report.queries.js';
import { EXIT_RATE_INDICATOR, targetProblem } from './contract.rules.js';
import { contractScope } from './contract.queries.js';
import { CONTRACT_ENTITY } from './contract.service.js';
import type { ObjectiveResult, ObjectiveUnit, RecordResultInput } from './contract.types.js';

/** Category counts summed over the VALIDATED exit reports of a contract, in one statement (stored per-report sums). */
export async function validatedCountsOfContract(ctx: AppContext, tenantId: string, contractId: string, structureId?: string | null): Promise<CategoryCounts> {
  const [row] = await ctx.em.execute<Record<'s' | 't' | 'p' | 'o' | 'w', string | null>[]>(
    `select sum(r.exits_sustainable) as s, sum(r.exits_transition) as t, sum(r.exits_positive) as p, sum(r.exits_other) as o, sum(r.exits_withdrawn) as w
       from exit_reports r
      where r.tenant_id = ? and r.contract_id = ? and r.status = 'VALIDATED' ${structureId ? 'and r.member_structure_id = ?' : ''}`,
    [tenantId, contractId, ...(structureId ? [structureId] : [])],
  );
  return toCategoryCounts({ s: Number(row?.s ?? 0), t: Number(row?.t ?? 0), p: Number(row?.p ?? 0), o: Number(row?.o ?? 0), w: Number(row?.w ?? 0) });
}

/** For each objective: interim and final actuals against the target; the exit-rate objective computed from validated reports. */
export async function resultsOf(ctx: AppContext, contract: { rawId: string; tenantId: string }): Promise<ObjectiveResult[]> {
  if (requireOrganization(ctx).kind === 'STRUCTURE') return [];
  const scope = contractScope(ctx);
  const rows = await ctx.em.execute<{ id: string; indicator: string; unit: ObjectiveUnit; target: string; interim: string | null; final: string | null }[]>(
    `select o.id, o.indicator, o.unit, o.target,
            max(r.actual) filter (where r.period = 'INTERIM') as interim, max(r.actual) filter (where r.period = 'FINAL') as final
       from objectives o join objective_contracts c on c.tenant_id = o.tenant_id and c.id = o.contract_id
       left join result_values r on r.tenant_id = o.tenant_id and r.objective_id = o.id
      where o.contract_id = ? and ${scope.sql}
      group by o.id order by o.position`,
    [contract.rawId, ...scope.params],
  );
  const needsRate = rows.some((r) => r.indicator === EXIT_RATE_INDICATOR);
  const rates = needsRate ? exitRates(await validatedCountsOfContract(ctx, contract.tenantId, contract.rawId)) : null;
  return rows.map((r) => {
    const isRate = r.indicator === EXIT_RATE_INDICATOR;
    const computed = isRate && rates?.dynamicRate !== undefined ? Math.round(rates.dynamicRate * 10000) / 100 : null;
    const interim = r.interim === null ? null : Number(r.interim);
    const final = r.final === null ? null : Number(r.final);
    const latest = final ?? computed ?? interim;
    const target = Number(r.target);
    return {
      objectiveId: toGlobalId('Objective', r.id),
      indicator: r.indicator,
      unit: r.unit,
      target,
      interim,
      final,
      computed,
      examined: isRate ? (rates?.examined ?? 0) : null,
      dynamic: isRate ? (rates?.dynamic ?? 0) : null,
      attainment: latest !== null && target > 0 ? latest / target : null,
    };
  });
}

/** Records an interim or final actual for one objective of a signed (or closed) contract. */
export async function recordResult(ctx: AppContext, input: RecordResultInput): Promise<ObjectiveResult[]> {
  const objectiveId = inputIdOf(input.objectiveId, 'Objective', 'objectiveId');
  const scope = contractScope(ctx);
  const [o] = await ctx.em.execute<{ tenant_id: string; contract_id: string; indicator: string; unit: string; status: string }[]>(
    `select o.tenant_id, o.contract_id, o.indicator, o.unit, c.status from objectives o
       join objective_contracts c on c.tenant_id = o.tenant_id and c.id = o.contract_id where o.id = ? and ${scope.sql}`,
    [objectiveId, ...scope.params],
  );
  if (!o) throw notFound('Objective');
  if (o.status !== 'SIGNED' && o.status !== 'CLOSED') throw new AppError('FORBIDDEN', 'Results are recorded on a signed contract', { reason: 'result.notSigned' });
  const problem = targetProblem(o.indicator, o.unit, input.actual);
  if (problem && problem !== 'objective.target.percentTooHigh')
    throw badInput([fieldError('actual', problem.replace('objective.target', 'result.actual'), 'Not a valid value for this indicator')]);
  await ctx.em.execute(
    `insert into result_values (id, tenant_id, objective_id, period, actual) values (?, ?, ?, ?::result_period, ?)
     on conflict (tenant_id, objective_id, period) do update set actual = excluded.actual, updated_at = now(), version = result_values.version + 1`,
    [randomUUID(), o.tenant_id, objectiveId, input.period, input.actual],
  );
  await recordAudit(ctx, { tenantId: o.tenant_id, entityType: CONTRACT_ENTITY, entityId: o.contract_id, action: `result:${input.period}`, changes: { [o.indicator]: { from: null, to: input.actual } } });
  return resultsOf(ctx, { rawId: o.contract_id, tenantId: o.tenant_id });
}
