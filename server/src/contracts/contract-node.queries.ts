import type { AppContext } from '../core/context.js';
import { allocationsOf, contractScope, objectivesLoader } from './contract.queries.js';
import type { AllocationNode, ObjectiveNode } from './contract.types.js';

/**
 * `node(id)` for a contract's children: the parent contract is found through the same visibility
 * scope as `contract(id)`, then the child is picked from the feature's own read path (so a structure
 * account only ever gets its own allocation). Missing and invisible answer the same: null.
 */
async function visibleParent(ctx: AppContext, table: 'allocations' | 'objectives', rawId: string): Promise<string | null> {
  if (!ctx.organization) return null;
  const scope = contractScope(ctx);
  const [row] = await ctx.em.execute<{ contract_id: string }[]>(
    `select x.contract_id from ${table} x join objective_contracts c on c.tenant_id = x.tenant_id and c.id = x.contract_id
      where x.id = ? and ${scope.sql}`,
    [rawId, ...scope.params],
  );
  return row?.contract_id ?? null;
}

export async function findAllocation(ctx: AppContext, rawId: string): Promise<AllocationNode | null> {
  const contractId = await visibleParent(ctx, 'allocations', rawId);
  if (!contractId) return null;
  return (await allocationsOf(ctx, contractId)).find((a) => a.rawId === rawId) ?? null;
}

export async function findObjective(ctx: AppContext, rawId: string): Promise<ObjectiveNode | null> {
  const contractId = await visibleParent(ctx, 'objectives', rawId);
  if (!contractId) return null;
  return (await objectivesLoader(ctx).load(contractId)).find((o) => o.rawId === rawId) ?? null;
}
