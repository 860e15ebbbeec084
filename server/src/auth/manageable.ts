import type { AppContext, OrganizationSummary } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { AppError } from '../core/errors.js';
import { hasRole, Role } from './role.js';
import { findOrganization } from '../organizations/organization.service.js';

/**
 * Whose people the active organisation's administrator manages: a network admin its network and
 * its structure accounts; the Region admin the Region and the networks. Anything else is
 * NOT_FOUND, like an id that does not exist.
 */
export async function manageableOrganization(ctx: AppContext, organizationId?: string | null): Promise<OrganizationSummary> {
  const active = requireOrganization(ctx);
  if (!hasRole(active.role, Role.FEDERATION_ADMIN, Role.REGION_ADMIN))
    throw new AppError('FORBIDDEN', 'Only an administrator manages the people of an organisation');
  if (!organizationId || organizationId === active.id) return active;
  const org = await findOrganization(ctx, organizationId);
  const allowed =
    org &&
    ((active.kind === 'FEDERATION' && org.kind === 'STRUCTURE' && org.tenantId === active.tenantId) ||
      (active.kind === 'FUNDER' && org.kind === 'FEDERATION'));
  if (!allowed) throw new AppError('NOT_FOUND', 'Organization not found');
  return org;
}

/** Every organisation the active administrator manages (for lists that span them). */
export function manageableScopeSql(ctx: AppContext): { sql: string; params: unknown[] } {
  const active = requireOrganization(ctx);
  if (active.kind === 'FEDERATION')
    return { sql: `(o.id = ? or (o.kind = 'STRUCTURE' and o.tenant_id = ?))`, params: [active.id, active.tenantId] };
  if (active.kind === 'FUNDER') return { sql: `(o.id = ? or o.kind = 'FEDERATION')`, params: [active.id] };
  return { sql: `o.id = ?`, params: [active.id] };
}
