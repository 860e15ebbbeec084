import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { AppContext } from '../core/context.js';
import { loader, requireOrganization } from '../core/context.js';
import { badInput, type FieldError } from '../core/errors.js';
import { inList } from '../core/sql.js';
import { checkTitle } from './meeting.rules.js';
import { checkInvitees } from './meeting.invitees.js';
import { groupVisible, type Audience } from './meeting.visibility.js';
import { unique } from './meeting.validation.js';
import type { WorkingGroupRow } from './meeting.rows.js';

const COLUMNS = `g.id, g.convener_org_id as "convenerOrgId", g.title, g.description, g.version,
  coalesce((select array_agg(w.organization_id::text order by w.organization_id) from working_group_members w where w.working_group_id = g.id), '{}') as "organizationIds"`;

/** Working groups the organisation convenes or takes part in (one statement). */
export async function listWorkingGroups(ctx: AppContext, a: Audience): Promise<WorkingGroupRow[]> {
  const v = groupVisible(a);
  return ctx.em.execute<WorkingGroupRow[]>(`select ${COLUMNS} from working_groups g where ${v.sql} order by g.title limit 200`, v.params);
}

export function workingGroupLoader(ctx: AppContext, a: Audience) {
  return loader(ctx, `workingGroupById:${a.orgId}`, () =>
    new DataLoader<string, WorkingGroupRow | null>(async (ids) => {
      const v = groupVisible(a);
      const rows = await ctx.em.execute<WorkingGroupRow[]>(`select ${COLUMNS} from working_groups g where g.id in (${inList(ids)}) and ${v.sql}`, [...ids, ...v.params]);
      const by = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  );
}

export async function createWorkingGroup(
  ctx: AppContext,
  a: Audience,
  input: { title: string; description?: string | null; organizationIds: string[] },
): Promise<WorkingGroupRow> {
  const org = requireOrganization(ctx);
  const errors: FieldError[] = [...checkTitle(input.title)];
  if ((input.description ?? '').length > 5000) errors.push({ field: 'description', code: 'too_long', message: 'At most 5000 characters' });
  if (errors.length) throw badInput(errors);
  const orgIds = unique(input.organizationIds);
  await checkInvitees(ctx, org, orgIds, []);
  const id = randomUUID();
  await ctx.em.execute(`insert into working_groups (id, convener_org_id, title, description) values (?, ?, ?, ?)`, [
    id,
    org.id,
    input.title.trim(),
    input.description?.trim() || null,
  ]);
  if (orgIds.length)
    await ctx.em.execute(
      `insert into working_group_members (working_group_id, organization_id) values ${orgIds.map(() => '(?, ?)').join(', ')}`,
      orgIds.flatMap((o) => [id, o]),
    );
  return (await workingGroupLoader(ctx, a).load(id))!;
}
