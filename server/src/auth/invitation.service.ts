import { z } from 'zod';
import type { AppContext, OrganizationSummary } from '../core/context.js';
import { requireViewer } from '../core/context.js';
import { AppError, badInput, fieldError, notFound } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { hasRole, ROLES_BY_KIND, Role } from './role.js';
import { manageableOrganization, manageableScopeSql } from './manageable.js';
import { hashToken, isWellFormedToken, newToken } from './token.js';
import { hashPassword, verifyPassword } from './password.js';
import { newPasswordSchema } from './account.service.js';
import { startSession, type SignedIn } from './auth.service.js';

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  organizationId: string;
  expiresAt: Date;
  createdAt: Date;
}

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email('email.invalid')),
  role: z.enum(Role),
});

function publicUrl(ctx: AppContext): string {
  if (ctx.config.PUBLIC_URL) return ctx.config.PUBLIC_URL.replace(/\/$/, '');
  return `${ctx.http.req.protocol}://${ctx.http.req.get('host')}`;
}

export async function inviteUser(
  ctx: AppContext,
  organizationId: string | null,
  input: { email: string; role: Role },
): Promise<{ invitation: InvitationRow; inviteUrl: string }> {
  const org = await manageableOrganization(ctx, organizationId);
  const { email, role } = parseInput(inviteSchema, input);
  if (!ROLES_BY_KIND[org.kind].includes(role))
    throw badInput([fieldError('role', 'role.not_for_organization', 'This role does not exist in that organisation')]);
  const [already] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from memberships m join users u on u.id = m.user_id where u.email = ? and m.organization_id = ?`,
    [email, org.id],
  );
  if (already.n) throw badInput([fieldError('email', 'email.already_member', 'This person is already a member')]);
  const token = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.INVITATION_TTL_HOURS * 3_600_000);
  const [row] = await ctx.em.execute<InvitationRow[]>(
    `insert into invitations (id, token_hash, email, role, organization_id, invited_by_id, expires_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
     returning id, email, role, organization_id as "organizationId", expires_at as "expiresAt", created_at as "createdAt"`,
    [hashToken(token), email, role, org.id, requireViewer(ctx).userId, expiresAt],
  );
  await recordAudit(ctx, { tenantId: org.tenantId, entityType: 'Invitation', entityId: row.id, action: 'CREATED', changes: { email: { from: null, to: email }, role: { from: null, to: role } } });
  return { invitation: row, inviteUrl: `${publicUrl(ctx)}/invitation/${token}` };
}

const PENDING = `accepted_at is null and revoked_at is null and expires_at > now()`;

/** A pending invitation the active administrator manages, for `node(id)`; null otherwise. */
export async function findManagedInvitation(ctx: AppContext, id: string): Promise<InvitationRow | null> {
  if (!ctx.organization || !hasRole(ctx.role, Role.FEDERATION_ADMIN, Role.REGION_ADMIN)) return null;
  const scope = manageableScopeSql(ctx);
  const [row] = await ctx.em.execute<InvitationRow[]>(
    `select i.id, i.email, i.role, i.organization_id as "organizationId", i.expires_at as "expiresAt", i.created_at as "createdAt"
       from invitations i join organizations o on o.id = i.organization_id
      where i.id = ? and ${scope.sql}`,
    [id, ...scope.params],
  );
  return row ?? null;
}

export async function pendingInvitations(ctx: AppContext, organizationId: string | null): Promise<InvitationRow[]> {
  const org = await manageableOrganization(ctx, organizationId);
  return ctx.em.execute<InvitationRow[]>(
    `select id, email, role, organization_id as "organizationId", expires_at as "expiresAt", created_at as "createdAt"
       from invitations where organization_id = ? and ${PENDING} order by created_at desc limit 200`,
    [org.id],
  );
}

export async function revokeInvitation(ctx: AppContext, invitationId: string): Promise<string> {
  await manageableOrganization(ctx);
  const scope = manageableScopeSql(ctx);
  const rows = await ctx.em.execute<{ id: string; tenant_id: string | null }[]>(
    `update invitations i set revoked_at = now(), updated_at = now() from organizations o
      where o.id = i.organization_id and i.id = ? and i.accepted_at is null and i.revoked_at is null and ${scope.sql}
      returning i.id, o.tenant_id`,
    [invitationId, ...scope.params],
  );
  if (!rows.length) throw notFound('Invitation');
  await recordAudit(ctx, { tenantId: rows[0].tenant_id, entityType: 'Invitation', entityId: invitationId, action: 'REVOKED' });
  return invitationId;
}

interface LiveInvitation extends InvitationRow {
  organizationName: string;
  tenantId: string | null;
  kind: OrganizationSummary['kind'];
}

async function liveInvitation(ctx: AppContext, token: string, lock: boolean): Promise<LiveInvitation | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await ctx.em.execute<LiveInvitation[]>(
    `select i.id, i.email, i.role, i.organization_id as "organizationId", i.expires_at as "expiresAt", i.created_at as "createdAt",
            o.name as "organizationName", o.tenant_id as "tenantId", o.kind
       from invitations i join organizations o on o.id = i.organization_id
      where i.token_hash = ? and i.${PENDING.replaceAll(' and ', ' and i.')} ${lock ? 'for update of i' : ''}`,
    [hashToken(token)],
  );
  return row ?? null;
}

/** What the link shows before it is used; null for a forged, used, revoked or expired link. */
export const previewInvitation = (ctx: AppContext, token: string) => liveInvitation(ctx, token, false);

const acceptSchema = z.object({
  token: z.string().max(100),
  displayName: z.string().trim().min(1).max(120),
  password: newPasswordSchema,
});

/**
 * Uses an invitation once: creates the person (or, for someone who already has an account,
 * checks their password), adds the membership and signs them in.
 */
export async function acceptInvitation(ctx: AppContext, input: unknown): Promise<SignedIn> {
  const { token, displayName, password } = parseInput(acceptSchema, input);
  const inv = await liveInvitation(ctx, token, true);
  if (!inv) throw new AppError('NOT_FOUND', 'This invitation link is invalid, expired or already used');
  const [existing] = await ctx.em.execute<{ id: string; email: string; display_name: string; password_hash: string }[]>(
    `select id, email, display_name, password_hash from users where email = ? for update`,
    [inv.email],
  );
  let user: SignedIn['user'];
  if (existing) {
    if (!(await verifyPassword(existing.password_hash, password)))
      throw badInput([fieldError('password', 'password.existing_account', 'You already have an account: enter its password')]);
    user = { id: existing.id, email: existing.email, displayName: existing.display_name };
  } else {
    const [created] = await ctx.em.execute<{ id: string }[]>(
      `insert into users (id, email, display_name, password_hash) values (gen_random_uuid(), ?, ?, ?) returning id`,
      [inv.email, displayName, await hashPassword(password)],
    );
    user = { id: created.id, email: inv.email, displayName };
  }
  await ctx.em.execute(
    `insert into memberships (id, user_id, organization_id, role) values (gen_random_uuid(), ?, ?, ?)
     on conflict (user_id, organization_id) do nothing`,
    [user.id, inv.organizationId, inv.role],
  );
  await ctx.em.execute(`update invitations set accepted_at = now(), updated_at = now() where id = ?`, [inv.id]);
  // The link proves which organisation this is: act for it for the rest of this transaction.
  await ctx.em.execute(`select set_config('app.tenant_id', ?, true), set_config('app.org_kind', ?, true), set_config('app.user_id', ?, true)`, [
    inv.tenantId ?? '',
    inv.kind,
    user.id,
  ]);
  await recordAudit(ctx, { tenantId: inv.tenantId, entityType: 'Invitation', entityId: inv.id, action: 'ACCEPTED' });
  return startSession(ctx, user);
}
