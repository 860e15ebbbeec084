import { z } from 'zod';
import type { AppContext } from '../core/context.js';
import { requireViewer } from '../core/context.js';
import { AppError, badInput, fieldError, notFound } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { ROLES_BY_KIND, Role } from './role.js';
import { manageableOrganization, manageableScopeSql } from './manageable.js';
import { revokeUserSessions } from './session.service.js';

export interface MembershipRow {
  id: string;
  userId: string;
  organizationId: string;
  role: Role;
  createdAt: Date;
  version: number;
}

const SELECT = `select m.id, m.user_id as "userId", m.organization_id as "organizationId", m.role, m.created_at as "createdAt", m.version
                  from memberships m join organizations o on o.id = m.organization_id`;

export async function listOrganizationUsers(
  ctx: AppContext,
  organizationId: string | null,
  page: { limit: number; offset: number },
): Promise<{ rows: MembershipRow[]; total: number }> {
  const org = await manageableOrganization(ctx, organizationId);
  const rows = await ctx.em.execute<(MembershipRow & { total: number })[]>(
    `${SELECT} join users u on u.id = m.user_id
      where m.organization_id = ?
      order by u.display_name, u.email
      limit ? offset ?`.replace('select m.id,', 'select count(*) over ()::int as total, m.id,'),
    [org.id, page.limit, page.offset],
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/** A membership the active administrator manages, locked for the change; otherwise NOT_FOUND. */
async function manageableMembership(ctx: AppContext, membershipId: string) {
  const scope = manageableScopeSql(ctx);
  await manageableOrganization(ctx); // checks the admin role
  const [row] = await ctx.em.execute<(MembershipRow & { kind: keyof typeof ROLES_BY_KIND; tenantId: string | null })[]>(
    `${SELECT} where m.id = ? and ${scope.sql} for update of m`.replace(
      'm.version',
      'm.version, o.kind, o.tenant_id as "tenantId"',
    ),
    [membershipId, ...scope.params],
  );
  if (!row) throw notFound('Membership');
  return row;
}

async function assertNotLastAdmin(ctx: AppContext, m: MembershipRow & { kind: string }) {
  if (m.role !== Role.FEDERATION_ADMIN && m.role !== Role.REGION_ADMIN) return;
  const [{ n }] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from memberships where organization_id = ? and role = ? and id <> ?`,
    [m.organizationId, m.role, m.id],
  );
  if (n === 0) throw new AppError('CONFLICT', 'An organisation keeps at least one administrator', { reason: 'LAST_ADMIN' });
}

const changeRoleSchema = z.object({ role: z.enum(Role) });

export async function changeMembershipRole(ctx: AppContext, membershipId: string, input: { role: Role }): Promise<MembershipRow> {
  const { role } = parseInput(changeRoleSchema, input);
  const m = await manageableMembership(ctx, membershipId);
  if (!ROLES_BY_KIND[m.kind].includes(role)) throw badInput([fieldError('role', 'role.not_for_organization', 'This role does not exist in that organisation')]);
  if (m.role === role) return m;
  if (role !== m.role) await assertNotLastAdmin(ctx, m);
  await ctx.em.execute(`update memberships set role = ?, version = version + 1, updated_at = now() where id = ?`, [role, m.id]);
  await recordAudit(ctx, { tenantId: m.tenantId, entityType: 'Membership', entityId: m.id, action: 'ROLE_CHANGED', changes: { role: { from: m.role, to: role } } });
  return { ...m, role, version: m.version + 1 };
}

/** Removes a person from an organisation; their sessions stop working at once. */
export async function removeMembership(ctx: AppContext, membershipId: string): Promise<string> {
  const m = await manageableMembership(ctx, membershipId);
  await assertNotLastAdmin(ctx, m);
  await ctx.em.execute(`delete from memberships where id = ?`, [m.id]);
  await revokeUserSessions(ctx.em, m.userId);
  await recordAudit(ctx, { tenantId: m.tenantId, entityType: 'Membership', entityId: m.id, action: 'REMOVED', changes: { role: { from: m.role, to: null } } });
  return m.id;
}

/** Memberships by id for field resolvers: only the viewer's own or those of organisations they manage. */
export async function findVisibleMembership(ctx: AppContext, id: string): Promise<MembershipRow | null> {
  const viewer = requireViewer(ctx);
  const own = viewer.memberships.find((m) => m.id === id);
  if (!own && !ctx.organization) return null;
  const scope = ctx.organization ? manageableScopeSql(ctx) : { sql: 'false', params: [] };
  const [row] = await ctx.em.execute<MembershipRow[]>(`${SELECT} where m.id = ? and (m.user_id = ? or ${scope.sql})`, [
    id,
    viewer.userId,
    ...scope.params,
  ]);
  return row ?? null;
}
