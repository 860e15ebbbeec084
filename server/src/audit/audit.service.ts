import type { AppContext } from '../core/context.js';
import type { AuditChanges } from './audit-event.entity.js';

export interface AuditEntry {
  tenantId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes?: AuditChanges | null;
}

/** Writes one audit line in the request's transaction: it exists exactly when the change does. */
export async function recordAudit(ctx: AppContext, e: AuditEntry): Promise<void> {
  await ctx.em.execute(
    `insert into audit_events (id, tenant_id, entity_type, entity_id, action, changes, actor_user_id, actor_organization_id, request_id)
     values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
    [
      e.tenantId,
      e.entityType,
      e.entityId,
      e.action,
      e.changes ? JSON.stringify(e.changes) : null,
      ctx.viewer?.userId ?? null,
      ctx.organization?.id ?? null,
      ctx.requestId,
    ],
  );
}

/** The fields that differ between two versions of a record, as { field: { from, to } }. */
export function diffFields<T extends object>(before: T, after: Partial<T>, fields: (keyof T)[]): AuditChanges | null {
  const changes: AuditChanges = {};
  for (const f of fields) {
    if (!(f in after)) continue;
    const a = before[f];
    const b = after[f];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[String(f)] = { from: a ?? null, to: b ?? null };
  }
  return Object.keys(changes).length ? changes : null;
}

export interface AuditRow {
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: AuditChanges | null;
  created_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_organization_name: string | null;
}

/**
 * The history of records, newest first. The tenant condition is written out (raw SQL bypasses
 * the ORM filter); row-level security is the second wall.
 */
export async function auditHistory(
  ctx: AppContext,
  entityType: string,
  entityIds: string[],
  page: { limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const org = ctx.organization;
  if (!org || !entityIds.length) return { rows: [], total: 0 };
  const tenantSql = org.kind === 'FUNDER' ? 'true' : 'a.tenant_id = ?';
  const tenantParams = org.kind === 'FUNDER' ? [] : [org.tenantId];
  const ids = entityIds.map(() => '?').join(', ');
  const rows = await ctx.em.execute<(AuditRow & { total: number })[]>(
    `select a.id, a.entity_type, a.entity_id, a.action, a.changes, a.created_at, a.actor_user_id,
            u.display_name as actor_name, o.name as actor_organization_name, count(*) over ()::int as total
       from audit_events a
       left join users u on u.id = a.actor_user_id
       left join organizations o on o.id = a.actor_organization_id
      where a.entity_type = ? and a.entity_id in (${ids}) and ${tenantSql}
      order by a.created_at desc, a.id
      limit ? offset ?`,
    [entityType, ...entityIds, ...tenantParams, page.limit, page.offset],
  );
  return { rows, total: rows[0]?.total ?? 0 };
}
