import { randomUUID } from 'node:crypto';
import type { AppContext } from '../core/context.js';
import { requireOrganization } from '../core/context.js';
import { badInput, conflict, fieldError, forbidden, notFound } from '../core/errors.js';
import { inList } from '../core/sql.js';
import { audienceOf, uuidArray, type Audience } from './meeting.visibility.js';
import { findMeeting, meetingLoader } from './meeting.queries.js';
import { checkInvitees } from './meeting.invitees.js';
import { notifyInvitees } from './meeting.notices.js';
import { unique, validateMeeting, type MeetingFields } from './meeting.validation.js';
import { withDates, type MeetingRow } from './meeting.rows.js';

export interface Invitees {
  organizationIds: string[];
  userIds: string[];
  minutesEditorIds?: string[] | null;
}

export interface MeetingConflictRow {
  startsAt: Date;
  endsAt: Date;
  organizationId: string | null;
  userId: string | null;
}

/** Invited organisations and people who already accepted another meeting at that time (times only). */
export async function findConflicts(ctx: AppContext, orgIds: string[], userIds: string[], from: Date, to: Date, exclude: string | null): Promise<MeetingConflictRow[]> {
  if (!orgIds.length && !userIds.length) return [];
  const rows = await ctx.em.execute<MeetingConflictRow[]>(
    `select distinct b.starts_at as "startsAt", b.ends_at as "endsAt", b.organization_id as "organizationId", b.user_id as "userId"
       from meeting_busy(?::uuid[], ?::uuid[], ?, ?, ?::uuid) b order by 1, 3, 4`,
    [uuidArray(orgIds), uuidArray(userIds), from, to, exclude],
  );
  // Someone answering for their organisation is busy as a person only when they were invited as one.
  const users = new Set(userIds);
  return rows.filter((r) => r.organizationId || (r.userId && users.has(r.userId))).map((r) => withDates(r, ['startsAt', 'endsAt']));
}

async function replaceAgenda(ctx: AppContext, meetingId: string, agenda: string[]): Promise<void> {
  await ctx.em.execute(`delete from agenda_items where meeting_id = ?`, [meetingId]);
  if (!agenda.length) return;
  const params: unknown[] = [];
  agenda.forEach((title, i) => params.push(randomUUID(), meetingId, i + 1, title));
  await ctx.em.execute(`insert into agenda_items (id, meeting_id, position, title) values ${agenda.map(() => '(?, ?, ?, ?)').join(', ')}`, params);
}

async function addInvitations(ctx: AppContext, meetingId: string, orgIds: string[], userIds: string[]): Promise<void> {
  const params: unknown[] = [];
  const values: string[] = [];
  for (const o of orgIds) {
    values.push('(?, ?, ?, null)');
    params.push(randomUUID(), meetingId, o);
  }
  for (const u of userIds) {
    values.push('(?, ?, null, ?)');
    params.push(randomUUID(), meetingId, u);
  }
  if (!values.length) return;
  await ctx.em.execute(`insert into meeting_invitations (id, meeting_id, organization_id, user_id) values ${values.join(', ')} on conflict do nothing`, params);
}

async function checkGroup(ctx: AppContext, a: Audience, groupId: string | null | undefined): Promise<void> {
  if (!groupId) return;
  const rows = await ctx.em.execute(`select id from working_groups where id = ? and convener_org_id = ?`, [groupId, a.orgId]);
  if (!rows.length) throw badInput([fieldError('workingGroupId', 'workingGroup.unknown', 'Unknown working group, or one you do not convene')]);
}

/** Schedules a meeting; nothing is written unless every field and invitee passes. */
export async function scheduleMeeting(
  ctx: AppContext,
  input: MeetingFields & Invitees & { workingGroupId?: string | null },
): Promise<{ meeting: MeetingRow; conflicts: MeetingConflictRow[] }> {
  const org = requireOrganization(ctx);
  const a = audienceOf(ctx);
  const v = validateMeeting(input);
  const orgIds = unique(input.organizationIds);
  const userIds = unique(input.userIds);
  const editors = unique(input.minutesEditorIds ?? []);
  await checkInvitees(ctx, org, orgIds, userIds);
  await checkInvitees(ctx, org, [], editors, { orgs: 'organizationIds', users: 'minutesEditorIds' });
  await checkGroup(ctx, a, input.workingGroupId);
  const conflicts = await findConflicts(ctx, orgIds, userIds, v.startsAt, v.endsAt, null);
  const id = randomUUID();
  await ctx.em.execute(
    `insert into meetings (id, working_group_id, convener_org_id, created_by_user_id, title, description, starts_at, ends_at, time_zone, multi_day, place, video_url, minutes_editor_ids)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid[])`,
    [id, input.workingGroupId ?? null, org.id, a.userId, v.title, v.description, v.startsAt, v.endsAt, v.timeZone, v.multiDay, v.place, v.videoUrl, uuidArray(editors)],
  );
  await replaceAgenda(ctx, id, v.agenda ?? []);
  await addInvitations(ctx, id, orgIds, userIds);
  await notifyInvitees(ctx, a, id, 'INVITED');
  const meeting = await findMeeting(ctx, a, id);
  return { meeting: meeting!, conflicts };
}

/** The meeting for a change by its convener: invisible → NOT_FOUND, visible but not yours → FORBIDDEN. */
export async function meetingToManage(ctx: AppContext, id: string): Promise<{ a: Audience; meeting: MeetingRow }> {
  const a = audienceOf(ctx);
  const meeting = await findMeeting(ctx, a, id);
  if (!meeting) throw notFound('Meeting');
  if (meeting.convenerOrgId !== a.orgId) throw forbidden('Only the convener changes a meeting');
  return { a, meeting };
}

async function bump(ctx: AppContext, id: string, version: number, set: string, params: unknown[]): Promise<void> {
  const rows = await ctx.em.execute<{ id: string }[]>(
    `update meetings set ${set}, version = version + 1, sequence = sequence + 1, updated_at = now() where id = ? and version = ? returning id`,
    [...params, id, version],
  );
  if (!rows.length) throw conflict();
}

export async function updateMeeting(
  ctx: AppContext,
  id: string,
  version: number,
  input: Partial<MeetingFields> & Partial<Invitees>,
): Promise<{ meeting: MeetingRow; conflicts: MeetingConflictRow[] }> {
  const org = requireOrganization(ctx);
  const { a, meeting } = await meetingToManage(ctx, id);
  if (meeting.version !== version) throw conflict();
  if (meeting.status === 'CANCELLED') throw badInput([fieldError('id', 'meeting.cancelled', 'A cancelled meeting cannot be changed')]);
  const v = validateMeeting({
    title: input.title ?? meeting.title,
    description: input.description !== undefined ? input.description : meeting.description,
    agenda: input.agenda ?? null,
    startsAt: input.startsAt ?? meeting.startsAt.toISOString(),
    endsAt: input.endsAt ?? meeting.endsAt.toISOString(),
    timeZone: input.timeZone ?? meeting.timeZone,
    multiDay: input.multiDay ?? meeting.multiDay,
    place: input.place !== undefined ? input.place : meeting.place,
    videoUrl: input.videoUrl !== undefined ? input.videoUrl : meeting.videoUrl,
  });
  const orgIds = input.organizationIds ? unique(input.organizationIds) : null;
  const userIds = input.userIds ? unique(input.userIds) : null;
  const editors = input.minutesEditorIds ? unique(input.minutesEditorIds) : null;
  await checkInvitees(ctx, org, orgIds ?? [], userIds ?? []);
  if (editors) await checkInvitees(ctx, org, [], editors, { orgs: 'organizationIds', users: 'minutesEditorIds' });
  await bump(
    ctx,
    id,
    version,
    `title = ?, description = ?, starts_at = ?, ends_at = ?, time_zone = ?, multi_day = ?, place = ?, video_url = ?${editors ? ', minutes_editor_ids = ?::uuid[]' : ''}`,
    [v.title, v.description, v.startsAt, v.endsAt, v.timeZone, v.multiDay, v.place, v.videoUrl, ...(editors ? [uuidArray(editors)] : [])],
  );
  if (v.agenda) await replaceAgenda(ctx, id, v.agenda);
  if (orgIds) {
    await ctx.em.execute(`delete from meeting_invitations where meeting_id = ? and user_id is null and organization_id not in (${inList(orgIds)})`, [id, ...orgIds]);
    await addInvitations(ctx, id, orgIds, []);
  }
  if (userIds) {
    await ctx.em.execute(`delete from meeting_invitations where meeting_id = ? and user_id is not null and user_id not in (${inList(userIds)})`, [id, ...userIds]);
    await addInvitations(ctx, id, [], userIds);
  }
  const [inv] = await ctx.em.execute<{ orgs: string[]; users: string[] }[]>(
    `select coalesce(array_agg(organization_id::text) filter (where user_id is null), '{}') as orgs,
            coalesce(array_agg(user_id::text) filter (where user_id is not null), '{}') as users
       from meeting_invitations where meeting_id = ?`,
    [id],
  );
  const conflicts = await findConflicts(ctx, inv.orgs, inv.users, v.startsAt, v.endsAt, id);
  await notifyInvitees(ctx, a, id, 'UPDATED');
  meetingLoader(ctx, a).clear(id);
  return { meeting: (await findMeeting(ctx, a, id))!, conflicts };
}

export async function cancelMeeting(ctx: AppContext, id: string, version: number): Promise<MeetingRow> {
  const { a, meeting } = await meetingToManage(ctx, id);
  if (meeting.version !== version) throw conflict();
  if (meeting.status === 'CANCELLED') return meeting;
  await bump(ctx, id, version, `status = 'CANCELLED'`, []);
  await notifyInvitees(ctx, a, id, 'CANCELLED');
  meetingLoader(ctx, a).clear(id);
  return (await findMeeting(ctx, a, id))!;
}
