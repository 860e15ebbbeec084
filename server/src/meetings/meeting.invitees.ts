import type { AppContext, OrganizationSummary } from '../core/context.js';
import { inList } from '../core/sql.js';
import { badInput, fieldError, type FieldError } from '../core/errors.js';

/**
 * Who a convener may invite (documented rule):
 * - the Region may invite the Region and any network, and any person of the Region, of a network
 *   or of a member structure account;
 * - a network may invite the Region and itself, and the people of the Region, of itself and of its
 *   own member structure accounts — never another network or its people.
 * Structure accounts are never invited as organisations: their people are invited personally.
 */
function orgRule(convener: OrganizationSummary): { sql: string; params: unknown[] } {
  if (convener.kind === 'FUNDER') return { sql: `o.kind in ('FUNDER', 'FEDERATION')`, params: [] };
  return { sql: `(o.kind = 'FUNDER' or o.id = ?)`, params: [convener.id] };
}

function personRule(convener: OrganizationSummary): { sql: string; params: unknown[] } {
  if (convener.kind === 'FUNDER') return { sql: 'true', params: [] };
  return { sql: `(o.kind = 'FUNDER' or o.tenant_id = ?)`, params: [convener.tenantId] };
}

/** Refuses unknown or forbidden invitees, each naming its place in the input. */
export async function checkInvitees(
  ctx: AppContext,
  convener: OrganizationSummary,
  orgIds: string[],
  userIds: string[],
  fields = { orgs: 'organizationIds', users: 'userIds' },
): Promise<void> {
  const errors: FieldError[] = [];
  if (orgIds.length) {
    const r = orgRule(convener);
    const rows = await ctx.em.execute<{ id: string }[]>(`select o.id from organizations o where o.id in (${inList(orgIds)}) and ${r.sql}`, [...orgIds, ...r.params]);
    const ok = new Set(rows.map((x) => x.id));
    orgIds.forEach((id, i) => {
      if (!ok.has(id)) errors.push(fieldError(`${fields.orgs}.${i}`, 'invitee.notAllowed', 'Unknown organisation, or one you may not invite'));
    });
  }
  if (userIds.length) {
    const r = personRule(convener);
    const rows = await ctx.em.execute<{ id: string }[]>(
      `select distinct ms.user_id as id from memberships ms join organizations o on o.id = ms.organization_id
        where ms.user_id in (${inList(userIds)}) and ${r.sql}`,
      [...userIds, ...r.params],
    );
    const ok = new Set(rows.map((x) => x.id));
    userIds.forEach((id, i) => {
      if (!ok.has(id)) errors.push(fieldError(`${fields.users}.${i}`, 'invitee.notAllowed', 'Unknown person, or one you may not invite'));
    });
  }
  if (errors.length) throw badInput(errors);
}

export interface InviteeRow {
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  invitable: boolean;
  userId: string | null;
  displayName: string | null;
}

/** Organisations and people the convener may invite, for the participants picker (one statement). */
export async function listInvitees(ctx: AppContext, convener: OrganizationSummary): Promise<InviteeRow[]> {
  const o = orgRule(convener);
  const p = personRule(convener);
  return ctx.em.execute<InviteeRow[]>(
    `select o.id as "organizationId", o.name as "organizationName", o.kind as "organizationKind", ${o.sql} as invitable,
            u.id as "userId", u.display_name as "displayName"
       from organizations o
       left join memberships ms on ms.organization_id = o.id
       left join users u on u.id = ms.user_id
      where ${p.sql}
      order by case o.kind when 'FUNDER' then 0 when 'FEDERATION' then 1 else 2 end, o.name, u.display_name`,
    [...o.params, ...p.params],
  );
}
