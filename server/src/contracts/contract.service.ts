import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../core/context.js';
import { requireOrganization, requireViewer } from '../core/context.js';
import { AppError, badInput, fieldError, forbidden, notFound } from '../core/errors.js';
import { idOf, inputIdOf } from '../core/relay.js';
import { parseInput } from '../core/validation.js';
import { recordAudit, diffFields } from '../audit/audit.service.js';
import { canApprove, canComment, canEditContract, checkTransition, type RoleCode } from './contract-transitions.js';
import { commentSchema, createContractSchema, updateContractSchema } from './contract.inputs.js';
import { commentsOf, findContract } from './contract.queries.js';
import {
  allocatedCents,
  applyAllocations,
  applyObjectives,
  assertNoOverlap,
  bumpContract,
  checkBudgetNow,
  lockContract,
  type LockedContract,
} from './contract-terms.js';
import { allocationsSchema } from './contract.inputs.js';
import type { ContractNode, ContractCommentNode, CreateContractInput, UpdateContractInput, TransitionContractInput, ApproveContractInput, SetAllocationsInput, AddContractCommentInput } from './contract.types.js';

export const CONTRACT_ENTITY = 'ObjectiveContract';

const roleOf = (ctx: AppContext) => requireOrganization(ctx).role as RoleCode;

async function reload(ctx: AppContext, id: string): Promise<ContractNode> {
  const c = await findContract(ctx, id);
  if (!c) throw notFound('Contract');
  return c;
}

function assertEditable(ctx: AppContext, c: LockedContract): void {
  if (!canEditContract(c.status, roleOf(ctx)))
    throw new AppError(
      'FORBIDDEN',
      c.status === 'SIGNED' ? 'A signed contract changes only through an amendment' : `Your role may not edit a ${c.status} contract`,
      { reason: c.status === 'SIGNED' ? 'contract.signed.amendOnly' : 'contract.edit.notAllowed' },
    );
}

export async function createContract(ctx: AppContext, input: CreateContractInput): Promise<ContractNode> {
  const v = parseInput(createContractSchema, input);
  const networkId = inputIdOf(v.networkId, 'Organization', 'networkId');
  const [network] = await ctx.em.execute<{ id: string }[]>(`select id from organizations where id = ? and kind = 'FEDERATION'`, [networkId]);
  if (!network) throw badInput([fieldError('networkId', 'contract.network.unknown', 'Not a network')]);
  await assertNoOverlap(ctx, networkId, v.periodStart, v.periodEnd, null);
  const id = randomUUID();
  // The Region writes for the network it names; the network is checked above, never another tenant's row.
  await ctx.em.execute(
    `insert into objective_contracts (id, tenant_id, title, period_start, period_end, budget_cents, coordination_cents, threshold)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, networkId, v.title, v.periodStart, v.periodEnd, v.budgetCents, v.coordinationCents ?? 0, v.threshold ?? 0.6],
  );
  const locked = await lockContract(ctx, id, null);
  if (v.objectives?.length) await applyObjectives(ctx, locked, v.objectives);
  await recordAudit(ctx, {
    tenantId: networkId,
    entityType: CONTRACT_ENTITY,
    entityId: id,
    action: 'created',
    changes: { title: { from: null, to: v.title }, budgetCents: { from: null, to: v.budgetCents } },
  });
  return reload(ctx, id);
}

export async function updateContract(ctx: AppContext, input: UpdateContractInput): Promise<ContractNode> {
  const v = parseInput(updateContractSchema, input);
  const c = await lockContract(ctx, idOf(v.id, 'ObjectiveContract', 'Contract'), v.version);
  assertEditable(ctx, c);
  const next = {
    title: v.title ?? c.title,
    periodStart: v.periodStart ?? c.period_start,
    periodEnd: v.periodEnd ?? c.period_end,
    budgetCents: v.budgetCents ?? Number(c.budget_cents),
    coordinationCents: v.coordinationCents ?? Number(c.coordination_cents),
    threshold: v.threshold ?? Number(c.threshold),
  };
  if (next.periodEnd < next.periodStart) throw badInput([fieldError('periodEnd', 'contract.period.endBeforeStart', 'The period ends before it starts')]);
  if (next.coordinationCents > next.budgetCents)
    throw badInput([fieldError('coordinationCents', 'contract.coordination.overBudget', 'Coordination exceeds the budget')]);
  if (next.coordinationCents + (await allocatedCents(ctx, c)) > next.budgetCents)
    throw badInput([fieldError('budgetCents', 'contract.budget.belowAllocations', 'The budget is below the allocations already made')]);
  if (next.periodStart !== c.period_start || next.periodEnd !== c.period_end) await assertNoOverlap(ctx, c.tenant_id, next.periodStart, next.periodEnd, c.id);
  const before = {
    title: c.title,
    periodStart: c.period_start,
    periodEnd: c.period_end,
    budgetCents: Number(c.budget_cents),
    coordinationCents: Number(c.coordination_cents),
    threshold: Number(c.threshold),
  };
  await ctx.em.execute(
    `update objective_contracts set title = ?, period_start = ?, period_end = ?, budget_cents = ?, coordination_cents = ?, threshold = ?
      where id = ? and tenant_id = ?`,
    [next.title, next.periodStart, next.periodEnd, next.budgetCents, next.coordinationCents, next.threshold, c.id, c.tenant_id],
  );
  if (v.objectives) await applyObjectives(ctx, c, v.objectives);
  await bumpContract(ctx, c, { termsChanged: true });
  await checkBudgetNow(ctx);
  const changes = diffFields(before, next, ['title', 'periodStart', 'periodEnd', 'budgetCents', 'coordinationCents', 'threshold']) ?? {};
  if (v.objectives) changes.objectives = { from: null, to: v.objectives.map((o) => `${o.indicator}=${o.target}`).join(', ') };
  await recordAudit(ctx, { tenantId: c.tenant_id, entityType: CONTRACT_ENTITY, entityId: c.id, action: 'updated', changes });
  return reload(ctx, c.id);
}

export async function transitionContract(ctx: AppContext, input: TransitionContractInput): Promise<ContractNode> {
  const c = await lockContract(ctx, idOf(input.id, 'ObjectiveContract', 'Contract'), input.version);
  const check = checkTransition(c.status, roleOf(ctx), input.to, !!c.approved_at);
  if (!check.ok) throw new AppError('FORBIDDEN', check.message, { reason: check.code });
  const viewer = requireViewer(ctx);
  await ctx.em.execute(
    `update objective_contracts set status = ?::contract_status
       ${input.to === 'SIGNED' ? ', signed_by = ?, signed_at = now()' : ''}
       ${input.to === 'DRAFT' ? ', approved_by = null, approved_at = null' : ''}
      where id = ? and tenant_id = ?`,
    [input.to, ...(input.to === 'SIGNED' ? [viewer.userId] : []), c.id, c.tenant_id],
  );
  await bumpContract(ctx, c);
  await recordAudit(ctx, { tenantId: c.tenant_id, entityType: CONTRACT_ENTITY, entityId: c.id, action: `status:${input.to}`, changes: { status: { from: c.status, to: input.to } } });
  return reload(ctx, c.id);
}

export async function approveContract(ctx: AppContext, input: ApproveContractInput): Promise<ContractNode> {
  const c = await lockContract(ctx, idOf(input.id, 'ObjectiveContract', 'Contract'), input.version);
  if (!canApprove(c.status, roleOf(ctx), !!c.approved_at))
    throw new AppError('FORBIDDEN', c.approved_at ? 'Already approved' : 'Only the network administrator approves, during negotiation', { reason: 'contract.approve.notAllowed' });
  await ctx.em.execute(`update objective_contracts set approved_by = ?, approved_at = now() where id = ? and tenant_id = ?`, [requireViewer(ctx).userId, c.id, c.tenant_id]);
  await bumpContract(ctx, c);
  await recordAudit(ctx, { tenantId: c.tenant_id, entityType: CONTRACT_ENTITY, entityId: c.id, action: 'approved', changes: null });
  return reload(ctx, c.id);
}

export async function setAllocations(ctx: AppContext, input: SetAllocationsInput): Promise<ContractNode> {
  const { allocations: list } = parseInput(z.object({ allocations: allocationsSchema }), { allocations: input.allocations });
  const c = await lockContract(ctx, idOf(input.contractId, 'ObjectiveContract', 'Contract'), input.version);
  assertEditable(ctx, c);
  const before = await allocatedCents(ctx, c);
  const { total, count } = await applyAllocations(ctx, c, list, { budgetCents: Number(c.budget_cents), coordinationCents: Number(c.coordination_cents) });
  await bumpContract(ctx, c, { termsChanged: true });
  await checkBudgetNow(ctx);
  await recordAudit(ctx, { tenantId: c.tenant_id, entityType: CONTRACT_ENTITY, entityId: c.id, action: 'allocations', changes: { allocatedCents: { from: before, to: total }, allocationCount: { from: null, to: count } } });
  return reload(ctx, c.id);
}

export async function addContractComment(ctx: AppContext, input: AddContractCommentInput): Promise<ContractCommentNode> {
  const v = parseInput(commentSchema, input);
  const c = await lockContract(ctx, idOf(v.contractId, 'ObjectiveContract', 'Contract'), null);
  if (!canComment(c.status, roleOf(ctx))) throw forbidden(`The discussion of a ${c.status} contract is closed to your role`);
  let objectiveId: string | null = null;
  if (v.objectiveId) {
    objectiveId = inputIdOf(v.objectiveId, 'Objective', 'objectiveId');
    const [o] = await ctx.em.execute(`select 1 from objectives where id = ? and tenant_id = ? and contract_id = ?`, [objectiveId, c.tenant_id, c.id]);
    if (!o) throw badInput([fieldError('objectiveId', 'comment.objective.unknown', 'Not an objective of this contract')]);
  }
  const id = randomUUID();
  await ctx.em.execute(
    `insert into contract_comments (id, tenant_id, contract_id, objective_id, body, author_user_id, author_organization_id) values (?, ?, ?, ?, ?, ?, ?)`,
    [id, c.tenant_id, c.id, objectiveId, v.body, requireViewer(ctx).userId, requireOrganization(ctx).id],
  );
  await recordAudit(ctx, { tenantId: c.tenant_id, entityType: CONTRACT_ENTITY, entityId: c.id, action: 'commented', changes: null });
  const [comment] = await commentsOf(ctx, { commentId: id });
  return comment;
}
