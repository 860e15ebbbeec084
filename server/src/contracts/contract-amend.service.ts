import { randomUUID } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { requireOrganization, requireViewer } from '../core/context.js';
import { AppError, badInput, fieldError } from '../core/errors.js';
import { idOf, toGlobalId } from '../core/relay.js';
import { parseInput } from '../core/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { canAmend, type RoleCode } from './contract-transitions.js';
import { amendSchema } from './contract.inputs.js';
import { contractScope, findContract } from './contract.queries.js';
import { allocatedCents, applyAllocations, applyObjectives, assertNoOverlap, bumpContract, checkBudgetNow, lockContract, type LockedContract } from './contract-terms.js';
import { CONTRACT_ENTITY } from './contract.service.js';
import { AmendmentNode, type AmendContractInput, type AmendmentChange, type ContractNode } from './contract.types.js';

interface Snapshot {
  budgetCents: number;
  coordinationCents: number;
  periodEnd: string;
  objectives: Record<string, number>;
  allocations: Record<string, { name: string; amountCents: number; targets?: Record<string, number> }>;
}

const numbers = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v)]));

async function snapshot(ctx: AppContext, c: LockedContract): Promise<Snapshot> {
  const [row] = await ctx.em.execute<{ c: LockedContract & { period_end: string }; objectives: Record<string, number> | null; allocations: Snapshot['allocations'] | null }[]>(
    `select to_char(c.period_end, 'YYYY-MM-DD') as period_end, c.budget_cents, c.coordination_cents,
            (select jsonb_object_agg(o.indicator, o.target) from objectives o where o.tenant_id = c.tenant_id and o.contract_id = c.id) as objectives,
            (select jsonb_object_agg(a.member_structure_id, jsonb_build_object('name', m.name, 'amountCents', a.amount_cents, 'targets', a.targets))
               from allocations a join member_structures m on m.tenant_id = a.tenant_id and m.id = a.member_structure_id
              where a.tenant_id = c.tenant_id and a.contract_id = c.id) as allocations
       from objective_contracts c where c.id = ? and c.tenant_id = ?`,
    [c.id, c.tenant_id],
  );
  const r = row as unknown as { period_end: string; budget_cents: string; coordination_cents: string; objectives: Record<string, string> | null; allocations: Snapshot['allocations'] | null };
  return {
    budgetCents: Number(r.budget_cents),
    coordinationCents: Number(r.coordination_cents),
    periodEnd: r.period_end,
    objectives: Object.fromEntries(Object.entries(r.objectives ?? {}).map(([k, v]) => [k, Number(v)])),
    allocations: Object.fromEntries(
      Object.entries(r.allocations ?? {}).map(([k, v]) => [k, { name: v.name, amountCents: Number(v.amountCents), targets: numbers(v.targets ?? {}) }]),
    ),
  };
}

/** An amendment ("avenant") of a signed contract: numbered, signed by the Region administrator, before and after kept. */
export async function amendContract(ctx: AppContext, input: AmendContractInput): Promise<ContractNode> {
  const v = parseInput(amendSchema, input);
  const c = await lockContract(ctx, idOf(v.contractId, 'ObjectiveContract', 'Contract'), v.version);
  if (!canAmend(c.status, requireOrganization(ctx).role as RoleCode))
    throw new AppError('FORBIDDEN', c.status === 'SIGNED' ? 'Only a Region administrator signs an amendment' : 'Only a signed contract is amended', { reason: 'contract.amend.notAllowed' });
  if (v.budgetCents == null && v.coordinationCents == null && v.periodEnd == null && !v.objectives && !v.allocations)
    throw badInput([fieldError('reason', 'amendment.empty', 'An amendment changes something')]);
  const before = await snapshot(ctx, c);
  const budgetCents = v.budgetCents ?? before.budgetCents;
  const coordinationCents = v.coordinationCents ?? before.coordinationCents;
  const periodEnd = v.periodEnd ?? before.periodEnd;
  if (periodEnd < c.period_start) throw badInput([fieldError('periodEnd', 'contract.period.endBeforeStart', 'The period ends before it starts')]);
  if (coordinationCents > budgetCents) throw badInput([fieldError('coordinationCents', 'contract.coordination.overBudget', 'Coordination exceeds the budget')]);
  if (periodEnd !== before.periodEnd) await assertNoOverlap(ctx, c.tenant_id, c.period_start, periodEnd, c.id);
  await ctx.em.execute(`update objective_contracts set budget_cents = ?, coordination_cents = ?, period_end = ? where id = ? and tenant_id = ?`, [
    budgetCents,
    coordinationCents,
    periodEnd,
    c.id,
    c.tenant_id,
  ]);
  if (v.objectives) await applyObjectives(ctx, c, v.objectives);
  if (v.allocations) await applyAllocations(ctx, c, v.allocations, { budgetCents, coordinationCents });
  else if (coordinationCents + (await allocatedCents(ctx, c)) > budgetCents)
    throw badInput([fieldError('budgetCents', 'contract.budget.belowAllocations', 'The budget is below the allocations already made')]);
  await checkBudgetNow(ctx);
  const after = await snapshot(ctx, c);
  const [{ n }] = await ctx.em.execute<{ n: number }[]>(`select coalesce(max(number), 0)::int + 1 as n from amendments where tenant_id = ? and contract_id = ?`, [c.tenant_id, c.id]);
  await ctx.em.execute(`insert into amendments (id, tenant_id, contract_id, number, reason, before, after, signed_by) values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)`, [
    randomUUID(),
    c.tenant_id,
    c.id,
    n,
    v.reason,
    JSON.stringify(before),
    JSON.stringify(after),
    requireViewer(ctx).userId,
  ]);
  await bumpContract(ctx, c);
  await recordAudit(ctx, { tenantId: c.tenant_id, entityType: CONTRACT_ENTITY, entityId: c.id, action: `amendment:${n}`, changes: { reason: { from: null, to: v.reason } } });
  const node = await findContract(ctx, c.id);
  return node as ContractNode;
}

const show = (v: unknown) => (v === undefined || v === null ? null : String(v));

/** The differences between two snapshots, one line per changed figure. */
export function amendmentChanges(before: Snapshot, after: Snapshot): AmendmentChange[] {
  const out: AmendmentChange[] = [];
  for (const k of ['budgetCents', 'coordinationCents', 'periodEnd'] as const)
    if (before[k] !== after[k]) out.push({ field: k, before: show(before[k]), after: show(after[k]) });
  for (const k of new Set([...Object.keys(before.objectives ?? {}), ...Object.keys(after.objectives ?? {})]))
    if (before.objectives?.[k] !== after.objectives?.[k]) out.push({ field: `objective:${k}`, before: show(before.objectives?.[k]), after: show(after.objectives?.[k]) });
  for (const k of new Set([...Object.keys(before.allocations ?? {}), ...Object.keys(after.allocations ?? {})])) {
    const b = before.allocations?.[k];
    const a = after.allocations?.[k];
    const name = a?.name ?? b?.name;
    if (b?.amountCents !== a?.amountCents) out.push({ field: `allocation:${name}`, before: show(b?.amountCents), after: show(a?.amountCents) });
    // Per-structure targets (snapshots older than this field carry none: nothing to compare).
    if (!b?.targets && !a?.targets) continue;
    for (const i of new Set([...Object.keys(b?.targets ?? {}), ...Object.keys(a?.targets ?? {})]))
      if (b?.targets?.[i] !== a?.targets?.[i]) out.push({ field: `target:${name}:${i}`, before: show(b?.targets?.[i]), after: show(a?.targets?.[i]) });
  }
  return out;
}

/** Amendments of a visible contract (not shown to structure accounts: they carry other structures' amounts). */
export async function amendmentsOf(ctx: AppContext, contractRawId: string): Promise<AmendmentNode[]> {
  if (requireOrganization(ctx).kind === 'STRUCTURE') return [];
  const scope = contractScope(ctx);
  const rows = await ctx.em.execute<{ id: string; number: number; reason: string; before: Snapshot; after: Snapshot; signed_at: Date; name: string | null }[]>(
    `select d.id, d.number, d.reason, d.before, d.after, d.signed_at, u.display_name as name
       from amendments d join objective_contracts c on c.tenant_id = d.tenant_id and c.id = d.contract_id
       left join users u on u.id = d.signed_by
      where d.contract_id = ? and ${scope.sql} order by d.number`,
    [contractRawId, ...scope.params],
  );
  return rows.map((r) =>
    Object.assign(new AmendmentNode(), {
      id: toGlobalId('Amendment', r.id),
      number: r.number,
      reason: r.reason,
      changes: amendmentChanges(r.before, r.after),
      signedByName: r.name,
      signedAt: r.signed_at,
    }),
  );
}
