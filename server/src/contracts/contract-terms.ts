import type { AppContext } from '../core/context.js';
import { AppError, badInput, conflict, fieldError, notFound } from '../core/errors.js';
import { inputIdOf } from '../core/relay.js';
import { inList } from '../core/sql.js';
import { contractScope } from './contract.queries.js';
import type { ContractStatusCode } from './contract-transitions.js';

/** The contract row a write works on, locked for the rest of the transaction. */
export interface LockedContract {
  id: string;
  tenant_id: string;
  status: ContractStatusCode;
  version: number;
  approved_at: Date | null;
  budget_cents: string;
  coordination_cents: string;
  period_start: string;
  period_end: string;
  title: string;
  threshold: string;
}

/** Loads and locks a visible contract and checks the version the user saw; NOT_FOUND / CONFLICT otherwise. */
export async function lockContract(ctx: AppContext, rawId: string, version: number | null): Promise<LockedContract> {
  const scope = contractScope(ctx);
  const [row] = await ctx.em.execute<LockedContract[]>(
    `select c.id, c.tenant_id, c.status, c.version, c.approved_at, c.budget_cents, c.coordination_cents, c.title, c.threshold,
            to_char(c.period_start, 'YYYY-MM-DD') as period_start, to_char(c.period_end, 'YYYY-MM-DD') as period_end
       from objective_contracts c where c.id = ? and ${scope.sql} for update of c`,
    [rawId, ...scope.params],
  );
  if (!row) throw notFound('Contract');
  if (version !== null && row.version !== version) throw conflict('This contract was changed by someone else; reload it');
  return row;
}

/** Bumps the version (and clears a stale approval when the terms changed during negotiation). */
export async function bumpContract(ctx: AppContext, c: LockedContract, opts: { termsChanged?: boolean } = {}): Promise<void> {
  await ctx.em.execute(
    `update objective_contracts set version = version + 1, updated_at = now()
       ${opts.termsChanged ? ", approved_at = null, approved_by = null" : ''}
     where id = ? and tenant_id = ?`,
    [c.id, c.tenant_id],
  );
}

export interface ObjectiveValue {
  indicator: string;
  unit: string;
  target: number;
}

/** Replaces the objective list, keeping the ids (and so the comments and results) of indicators that stay. */
export async function applyObjectives(ctx: AppContext, c: LockedContract, list: ObjectiveValue[]): Promise<void> {
  const json = JSON.stringify(list.map((o, i) => ({ indicator: o.indicator, unit: o.unit, target: o.target, position: i })));
  await ctx.em.execute(
    `delete from objectives where tenant_id = ? and contract_id = ?
       and indicator not in (select x.indicator from jsonb_to_recordset(?::jsonb) as x(indicator text))`,
    [c.tenant_id, c.id, json],
  );
  await ctx.em.execute(
    `insert into objectives (id, tenant_id, contract_id, indicator, unit, target, position)
     select gen_random_uuid(), ?, ?, x.indicator, x.unit::objective_unit, x.target, x.position
       from jsonb_to_recordset(?::jsonb) as x(indicator text, unit text, target numeric, position int)
     on conflict (tenant_id, contract_id, indicator) do update set unit = excluded.unit, target = excluded.target, position = excluded.position`,
    [c.tenant_id, c.id, json],
  );
}

export interface AllocationValue {
  memberStructureId: string;
  amountCents: number;
  targets?: { indicator: string; target: number }[] | null;
}

/** Replaces the allocation list in two statements, whatever its length; checks structures and budget first. */
export async function applyAllocations(
  ctx: AppContext,
  c: LockedContract,
  list: AllocationValue[],
  budget: { budgetCents: number; coordinationCents: number },
): Promise<{ total: number; count: number }> {
  const rows = list.map((a, i) => ({
    structure: inputIdOf(a.memberStructureId, 'Member', `allocations.${i}.memberStructureId`),
    amount: a.amountCents,
    targets: Object.fromEntries((a.targets ?? []).map((t) => [t.indicator, t.target])),
  }));
  if (rows.length) {
    const found = await ctx.em.execute<{ id: string }[]>(
      `select id from member_structures where tenant_id = ? and id in (${inList(rows.map((r) => r.structure))})`,
      [c.tenant_id, ...rows.map((r) => r.structure)],
    );
    const ok = new Set(found.map((f) => f.id));
    const missing = rows.flatMap((r, i) =>
      ok.has(r.structure) ? [] : [fieldError(`allocations.${i}.memberStructureId`, 'allocation.structure.notMember', 'Not a member structure of this network')],
    );
    if (missing.length) throw badInput(missing);
  }
  const total = rows.reduce((s, r) => s + r.amount, 0);
  if (total + budget.coordinationCents > budget.budgetCents)
    throw badInput([fieldError('allocations', 'allocations.overBudget', `Allocations (${total}) plus coordination exceed the budget (${budget.budgetCents})`)]);
  const json = JSON.stringify(rows);
  await ctx.em.execute(
    `delete from allocations where tenant_id = ? and contract_id = ?
       and member_structure_id not in (select x.structure from jsonb_to_recordset(?::jsonb) as x(structure uuid))`,
    [c.tenant_id, c.id, json],
  );
  if (rows.length)
    await ctx.em.execute(
      `insert into allocations (id, tenant_id, contract_id, member_structure_id, amount_cents, targets)
       select gen_random_uuid(), ?, ?, x.structure, x.amount, x.targets
         from jsonb_to_recordset(?::jsonb) as x(structure uuid, amount bigint, targets jsonb)
       on conflict (tenant_id, contract_id, member_structure_id) do update set amount_cents = excluded.amount_cents, targets = excluded.targets`,
      [c.tenant_id, c.id, json],
    );
  return { total, count: rows.length };
}

/** Runs the deferred budget trigger now, so a breach is a clear error inside the mutation, not at commit. */
export async function checkBudgetNow(ctx: AppContext): Promise<void> {
  try {
    await ctx.em.execute(`set constraints allocations_budget, objective_contracts_budget immediate`);
  } catch (e) {
    if ((e as { code?: string }).code === '23514')
      throw badInput([fieldError('allocations', 'allocations.overBudget', 'Allocations plus coordination exceed the budget')]);
    throw e;
  }
}

/** A second live contract of the same network over an overlapping period. */
export async function assertNoOverlap(ctx: AppContext, tenantId: string, start: string, end: string, exceptId: string | null): Promise<void> {
  const [row] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from objective_contracts
      where tenant_id = ? and status <> 'CANCELLED' and id <> ?
        and daterange(period_start, period_end, '[]') && daterange(?::date, ?::date, '[]')`,
    [tenantId, exceptId ?? '00000000-0000-0000-0000-000000000000', start, end],
  );
  if (row.n > 0)
    throw new AppError('CONFLICT', 'This network already has a contract over an overlapping period', {
      fields: [fieldError('periodStart', 'contract.period.overlap', 'Overlaps another contract of this network')],
    });
}

/** Sum of a contract's allocations (all rows: only writers, who see all, call this). */
export async function allocatedCents(ctx: AppContext, c: LockedContract): Promise<number> {
  const [row] = await ctx.em.execute<{ s: string }[]>(
    `select coalesce(sum(amount_cents), 0) as s from allocations where tenant_id = ? and contract_id = ?`,
    [c.tenant_id, c.id],
  );
  return Number(row.s);
}
