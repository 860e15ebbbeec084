import DataLoader from 'dataloader';
import type { AppContext } from '../core/context.js';
import { loader, requireOrganization } from '../core/context.js';
import { toGlobalId, type Page } from '../core/relay.js';
import { inList } from '../core/sql.js';
import type { StructureKind } from '../members/member.entity.js';
import {
  AllocationNode,
  ContractCommentNode,
  ContractNode,
  ObjectiveNode,
  type ContractFilter,
  type ContractStatus,
  type ObjectiveUnit,
} from './contract.types.js';

/**
 * Read models of contracts: plain rows, one statement per list. The tenant condition is written
 * out here (raw SQL has no ORM filter); row-level security is the second wall.
 */
export interface Scope {
  sql: string;
  params: unknown[];
}

/** Contracts the active organisation may see, for alias `c`. */
export function contractScope(ctx: AppContext): Scope {
  const org = requireOrganization(ctx);
  if (org.kind === 'FUNDER') return { sql: 'true', params: [] };
  if (org.kind === 'FEDERATION') return { sql: 'c.tenant_id = ?', params: [org.tenantId] };
  return {
    sql: `c.tenant_id = ? and exists (select 1 from allocations sa where sa.tenant_id = c.tenant_id and sa.contract_id = c.id and sa.member_structure_id = ?)`,
    params: [org.tenantId, org.memberStructureId],
  };
}

/** For a structure account, the one structure whose allocation rows it may see; null otherwise. */
export function ownStructure(ctx: AppContext): string | null {
  const org = requireOrganization(ctx);
  return org.kind === 'STRUCTURE' ? (org.memberStructureId ?? '00000000-0000-0000-0000-000000000000') : null;
}

interface ContractRow {
  id: string;
  tenant_id: string;
  network_name: string;
  network_slug: string;
  title: string;
  period_start: string;
  period_end: string;
  status: ContractStatus;
  budget_cents: string;
  coordination_cents: string;
  allocated_cents: string;
  allocation_count: number;
  threshold: string;
  approved_at: Date | null;
  approved_by_name: string | null;
  signed_at: Date | null;
  signed_by_name: string | null;
  version: number;
  total?: number;
}

function contractSelect(ctx: AppContext): Scope {
  const own = ownStructure(ctx);
  const allocCond = own ? 'and a.member_structure_id = ?' : '';
  return {
    sql: `select c.id, c.tenant_id, o.name as network_name, o.slug as network_slug, c.title,
            to_char(c.period_start, 'YYYY-MM-DD') as period_start, to_char(c.period_end, 'YYYY-MM-DD') as period_end,
            c.status, c.budget_cents, c.coordination_cents, c.threshold, c.approved_at, c.signed_at, c.version,
            ua.display_name as approved_by_name, us.display_name as signed_by_name,
            al.allocated_cents, al.allocation_count
       from objective_contracts c
       join organizations o on o.id = c.tenant_id
       left join users ua on ua.id = c.approved_by
       left join users us on us.id = c.signed_by
       cross join lateral (select coalesce(sum(a.amount_cents), 0) as allocated_cents, count(*)::int as allocation_count
                             from allocations a where a.tenant_id = c.tenant_id and a.contract_id = c.id ${allocCond}) al`,
    params: own ? [own] : [],
  };
}

export function toContractNode(r: ContractRow): ContractNode {
  return Object.assign(new ContractNode(), {
    id: toGlobalId('ObjectiveContract', r.id),
    rawId: r.id,
    tenantId: r.tenant_id,
    network: { id: toGlobalId('Organization', r.tenant_id), name: r.network_name, slug: r.network_slug },
    title: r.title,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    status: r.status,
    budgetCents: Number(r.budget_cents),
    coordinationCents: Number(r.coordination_cents),
    allocatedCents: Number(r.allocated_cents),
    allocationCount: r.allocation_count,
    threshold: Number(r.threshold),
    approved: !!r.approved_at,
    approvedAt: r.approved_at,
    approvedByName: r.approved_by_name,
    signedAt: r.signed_at,
    signedByName: r.signed_by_name,
    version: r.version,
  });
}

/** One contract the viewer may see, or null (missing and other-tenant look the same). */
export async function findContract(ctx: AppContext, rawId: string): Promise<ContractNode | null> {
  const base = contractSelect(ctx);
  const scope = contractScope(ctx);
  const [row] = await ctx.em.execute<ContractRow[]>(`${base.sql} where c.id = ? and ${scope.sql}`, [...base.params, rawId, ...scope.params]);
  return row ? toContractNode(row) : null;
}

export async function listContracts(ctx: AppContext, filter: ContractFilter | null | undefined, page: Page, networkRawId: string | null) {
  const base = contractSelect(ctx);
  const scope = contractScope(ctx);
  const conds = [scope.sql];
  const params = [...base.params, ...scope.params];
  if (networkRawId) {
    conds.push('c.tenant_id = ?');
    params.push(networkRawId);
  }
  if (filter?.status) {
    conds.push('c.status = ?');
    params.push(filter.status);
  }
  if (filter?.year) {
    conds.push(`daterange(c.period_start, c.period_end, '[]') && daterange(make_date(?::int, 1, 1), make_date(?::int, 12, 31), '[]')`);
    params.push(filter.year, filter.year);
  }
  const rows = await ctx.em.execute<ContractRow[]>(
    `${base.sql.replace('select c.id,', 'select count(*) over ()::int as total, c.id,')} where ${conds.join(' and ')}
     order by c.period_start desc, o.name, c.id limit ? offset ?`,
    [...params, page.limit, page.offset],
  );
  return { nodes: rows.map(toContractNode), total: rows[0]?.total ?? 0 };
}

interface ObjectiveRow {
  id: string;
  contract_id: string;
  indicator: string;
  unit: ObjectiveUnit;
  target: string;
  position: number;
}

export const toObjectiveNode = (r: ObjectiveRow): ObjectiveNode =>
  Object.assign(new ObjectiveNode(), {
    id: toGlobalId('Objective', r.id),
    rawId: r.id,
    contractRawId: r.contract_id,
    indicator: r.indicator,
    unit: r.unit,
    target: Number(r.target),
    position: r.position,
  });

/** Objectives of contracts already checked visible, batched per request. */
export function objectivesLoader(ctx: AppContext) {
  return loader(ctx, 'contractObjectives', () =>
    new DataLoader<string, ObjectiveNode[]>(async (ids) => {
      const rows = await ctx.em.execute<ObjectiveRow[]>(
        `select o.id, o.contract_id, o.indicator, o.unit, o.target, o.position from objectives o
          join objective_contracts c on c.tenant_id = o.tenant_id and c.id = o.contract_id
          where o.contract_id in (${inList(ids)}) and ${contractScope(ctx).sql} order by o.position, o.indicator`,
        [...ids, ...contractScope(ctx).params],
      );
      return ids.map((id) => rows.filter((r) => r.contract_id === id).map(toObjectiveNode));
    }),
  );
}

interface AllocationRow {
  id: string;
  contract_id: string;
  member_structure_id: string;
  name: string;
  siret: string;
  kinds: string | StructureKind[];
  department: string | null;
  amount_cents: string;
  targets: Record<string, number>;
}

const parseKinds = (k: string | StructureKind[]): StructureKind[] =>
  Array.isArray(k) ? k : (k.replace(/^{|}$/g, '').split(',').filter(Boolean) as StructureKind[]);

/** Allocations of one contract (a structure account: its own row only), with their structures, in one statement. */
export async function allocationsOf(ctx: AppContext, contractRawId: string): Promise<AllocationNode[]> {
  return (await allocationsOfContracts(ctx, [contractRawId])).get(contractRawId) ?? [];
}

/** Allocations of several visible contracts in ONE statement (a structure account: its own row only), per contract id. */
export async function allocationsOfContracts(ctx: AppContext, contractRawIds: readonly string[]): Promise<Map<string, AllocationNode[]>> {
  const out = new Map<string, AllocationNode[]>(contractRawIds.map((id) => [id, []]));
  if (!contractRawIds.length) return out;
  const scope = contractScope(ctx);
  const own = ownStructure(ctx);
  const rows = await ctx.em.execute<AllocationRow[]>(
    `select a.id, a.contract_id, a.member_structure_id, m.name, m.siret, m.kinds::text as kinds, m.department, a.amount_cents, a.targets
       from allocations a
       join objective_contracts c on c.tenant_id = a.tenant_id and c.id = a.contract_id
       join member_structures m on m.tenant_id = a.tenant_id and m.id = a.member_structure_id
      where a.contract_id in (${inList(contractRawIds)}) and ${scope.sql} ${own ? 'and a.member_structure_id = ?' : ''}
      order by m.name, a.id`,
    [...contractRawIds, ...scope.params, ...(own ? [own] : [])],
  );
  for (const r of rows)
    out.get(r.contract_id)?.push(
      Object.assign(new AllocationNode(), {
        id: toGlobalId('Allocation', r.id),
        rawId: r.id,
        memberStructureId: toGlobalId('Member', r.member_structure_id),
        structureName: r.name,
        siret: r.siret,
        kinds: parseKinds(r.kinds),
        department: r.department,
        amountCents: Number(r.amount_cents),
        targets: Object.entries(r.targets ?? {}).map(([indicator, target]) => ({ indicator, target: Number(target) })),
      }),
    );
  return out;
}

interface CommentRow {
  id: string;
  objective_id: string | null;
  body: string;
  author_name: string | null;
  org_name: string | null;
  created_at: Date;
}

export const toCommentNode = (r: CommentRow): ContractCommentNode =>
  Object.assign(new ContractCommentNode(), {
    id: toGlobalId('ContractComment', r.id),
    rawId: r.id,
    objectiveId: r.objective_id ? toGlobalId('Objective', r.objective_id) : null,
    body: r.body,
    authorName: r.author_name,
    authorOrganizationName: r.org_name,
    createdAt: r.created_at,
  });

/** The discussion (never shown to structure accounts), oldest first; `id` narrows to one comment. */
export async function commentsOf(ctx: AppContext, where: { contractId?: string; commentId?: string }): Promise<ContractCommentNode[]> {
  if (requireOrganization(ctx).kind === 'STRUCTURE') return [];
  const scope = contractScope(ctx);
  const rows = await ctx.em.execute<CommentRow[]>(
    `select k.id, k.objective_id, k.body, u.display_name as author_name, o.name as org_name, k.created_at
       from contract_comments k
       join objective_contracts c on c.tenant_id = k.tenant_id and c.id = k.contract_id
       left join users u on u.id = k.author_user_id
       left join organizations o on o.id = k.author_organization_id
      where ${where.commentId ? 'k.id = ?' : 'k.contract_id = ?'} and ${scope.sql}
      order by k.created_at, k.id`,
    [where.commentId ?? where.contractId, ...scope.params],
  );
  return rows.map(toCommentNode);
}
