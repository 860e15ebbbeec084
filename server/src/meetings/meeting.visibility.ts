import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import type { OrganizationKind } from '../organizations/organization.entity.js';

/**
 * Who is looking at meetings: a person acting for an organisation. Meetings span tenants, so the
 * tenant filter does not apply; every query writes this condition out (row-level security checks
 * the same rule again through app_visible_meeting_ids()).
 */
export interface Audience {
  userId: string;
  orgId: string;
  orgKind: OrganizationKind;
}

export function audienceOf(ctx: AppContext): Audience {
  const org = requireOrganization(ctx);
  return { userId: ctx.viewer!.userId, orgId: org.id, orgKind: org.kind };
}

/**
 * A meeting is visible to its convener, to an invited organisation (not to a structure account:
 * structure users see only the meetings they are personally invited to) and to invited people.
 */
export function meetingVisible(a: Audience, alias = 'm'): { sql: string; params: unknown[] } {
  const orgInvite = a.orgKind === 'STRUCTURE' ? '' : ' or vi.organization_id = ?';
  return {
    sql: `(${alias}.convener_org_id = ? or exists (select 1 from meeting_invitations vi where vi.meeting_id = ${alias}.id and (vi.user_id = ?${orgInvite})))`,
    params: a.orgKind === 'STRUCTURE' ? [a.orgId, a.userId] : [a.orgId, a.userId, a.orgId],
  };
}

/** Working groups: visible to the convener and the participating organisations. */
export function groupVisible(a: Audience, alias = 'g'): { sql: string; params: unknown[] } {
  return {
    sql: `(${alias}.convener_org_id = ? or exists (select 1 from working_group_members vw where vw.working_group_id = ${alias}.id and vw.organization_id = ?))`,
    params: [a.orgId, a.orgId],
  };
}

/** Postgres array literal for a uuid[] parameter. */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
