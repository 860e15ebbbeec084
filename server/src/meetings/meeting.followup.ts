import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { AppContext } from '../core/context.js';
import { badInput, conflict, fieldError, forbidden, notFound } from '../core/errors.js';
import { hasRole } from '../auth/role.js';
import { Role } from '../auth/role.js';
import { audienceOf, type Audience } from './meeting.visibility.js';
import { ACTION_COLUMNS, findMeeting, meetingLoader } from './meeting.queries.js';
import { withDates, type ActionItemRow, type AnswerValue, type InvitationRow, type MeetingRow } from './meeting.rows.js';

/** The convener's staff, or a person the convener named as minutes editor. */
export function canEditMinutes(ctx: AppContext, a: Audience, m: MeetingRow): boolean {
  if (m.convenerOrgId === a.orgId && hasRole(ctx.role, Role.REGION_STAFF, Role.FEDERATION_STAFF)) return true;
  return m.minutesEditorIds.includes(a.userId);
}

/** Whether this person, acting for this organisation, answers this invitation. */
export function canAnswer(a: Audience, inv: Pick<InvitationRow, 'userId' | 'organizationId'>): boolean {
  if (inv.userId) return inv.userId === a.userId;
  return inv.organizationId === a.orgId && a.orgKind !== 'STRUCTURE';
}

export async function respondToInvitation(ctx: AppContext, invitationId: string, answer: AnswerValue, comment: string | null): Promise<string> {
  const a = audienceOf(ctx);
  if (answer === 'PENDING') throw badInput([fieldError('answer', 'answer.pending', 'Answer ACCEPTED, DECLINED or TENTATIVE')]);
  if (comment && comment.length > 1000) throw badInput([fieldError('comment', 'too_long', 'At most 1000 characters')]);
  const [inv] = await ctx.em.execute<(InvitationRow & { status: string })[]>(
    `select i.id, i.meeting_id as "meetingId", i.organization_id as "organizationId", i.user_id as "userId", m.status
       from meeting_invitations i join meetings m on m.id = i.meeting_id where i.id = ?`,
    [invitationId],
  );
  // Only what the person may see counts: an invitation of an invisible meeting is missing.
  if (!inv || !(await findMeeting(ctx, a, inv.meetingId))) throw notFound('Invitation');
  if (!canAnswer(a, inv)) throw forbidden('This invitation is not yours to answer');
  if (inv.status === 'CANCELLED') throw badInput([fieldError('invitationId', 'meeting.cancelled', 'The meeting was cancelled')]);
  await ctx.em.execute(
    `update meeting_invitations set answer = ?, comment = ?, answered_at = now(), answered_by_user_id = ? where id = ?`,
    [answer, comment?.trim() || null, a.userId, invitationId],
  );
  return inv.meetingId;
}

export interface MinutesInput {
  meetingId: string;
  body: string;
  decisions: string[];
  /** The minutes' version the editor saw; null for the first save. */
  version: number | null;
}

export async function saveMinutes(ctx: AppContext, input: MinutesInput): Promise<MeetingRow> {
  const a = audienceOf(ctx);
  const m = await findMeeting(ctx, a, input.meetingId);
  if (!m) throw notFound('Meeting');
  if (!canEditMinutes(ctx, a, m)) throw forbidden('Only the convener or the editors they named write the minutes');
  const errors = [];
  if (input.body.length > 100_000) errors.push(fieldError('body', 'too_long', 'At most 100000 characters'));
  if (input.decisions.length > 100) errors.push(fieldError('decisions', 'too_many', 'At most 100 decisions'));
  input.decisions.forEach((d, i) => {
    if (!d.trim()) errors.push(fieldError(`decisions.${i}`, 'required', 'Required'));
    else if (d.length > 2000) errors.push(fieldError(`decisions.${i}`, 'too_long', 'At most 2000 characters'));
  });
  if (m.status === 'CANCELLED') errors.push(fieldError('meetingId', 'meeting.cancelled', 'The meeting was cancelled'));
  if (errors.length) throw badInput(errors);
  if (input.version == null) {
    const rows = await ctx.em.execute(
      `insert into meeting_minutes (meeting_id, body, updated_by_user_id) values (?, ?, ?) on conflict (meeting_id) do nothing returning meeting_id`,
      [m.id, input.body, a.userId],
    );
    if (!rows.length) throw conflict('Minutes were written meanwhile; reload them');
  } else {
    const rows = await ctx.em.execute(
      `update meeting_minutes set body = ?, updated_by_user_id = ?, updated_at = now(), version = version + 1 where meeting_id = ? and version = ? returning meeting_id`,
      [input.body, a.userId, m.id, input.version],
    );
    if (!rows.length) throw conflict();
  }
  await ctx.em.execute(`delete from decisions where meeting_id = ?`, [m.id]);
  if (input.decisions.length) {
    const params: unknown[] = [];
    input.decisions.forEach((d, i) => params.push(randomUUID(), m.id, i + 1, d.trim()));
    await ctx.em.execute(`insert into decisions (id, meeting_id, position, text) values ${input.decisions.map(() => '(?, ?, ?, ?)').join(', ')}`, params);
  }
  // Minutes of a meeting that has started mean it was held.
  if (m.status === 'SCHEDULED' && m.startsAt.getTime() <= Date.now()) await ctx.em.execute(`update meetings set status = 'HELD' where id = ?`, [m.id]);
  meetingLoader(ctx, a).clear(m.id);
  return (await findMeeting(ctx, a, m.id))!;
}

export interface ActionInput {
  meetingId: string;
  title: string;
  ownerUserId: string | null;
  ownerOrganizationId: string | null;
  dueDate: string | null;
}

/** An action's owner: an invited or convening organisation, or a person invited or of such an organisation. */
export async function addActionItem(ctx: AppContext, input: ActionInput): Promise<ActionItemRow> {
  const a = audienceOf(ctx);
  const m = await findMeeting(ctx, a, input.meetingId);
  if (!m) throw notFound('Meeting');
  if (!canEditMinutes(ctx, a, m)) throw forbidden('Only the convener or the minutes editors assign actions');
  const errors = [];
  const title = input.title.trim();
  if (!title) errors.push(fieldError('title', 'required', 'Required'));
  else if (title.length > 500) errors.push(fieldError('title', 'too_long', 'At most 500 characters'));
  if (!!input.ownerUserId === !!input.ownerOrganizationId) errors.push(fieldError('ownerUserId', 'action.owner', 'Give exactly one owner: a person or an organisation'));
  if (input.dueDate) {
    const d = DateTime.fromISO(input.dueDate, { zone: 'utc' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate) || !d.isValid) errors.push(fieldError('dueDate', 'date.invalid', 'Not a date (yyyy-MM-dd)'));
    else if (d.year < 2000 || d.year > 2100) errors.push(fieldError('dueDate', 'date.outOfRange', 'Year must be between 2000 and 2100'));
  }
  if (errors.length) throw badInput(errors);
  const orgs = `select organization_id from meeting_invitations where meeting_id = ? and user_id is null union select ?::uuid`;
  if (input.ownerOrganizationId) {
    const ok = await ctx.em.execute(`select 1 from (${orgs}) x where x.organization_id = ?`, [m.id, m.convenerOrgId, input.ownerOrganizationId]);
    if (!ok.length) throw badInput([fieldError('ownerOrganizationId', 'action.ownerNotInvited', 'The organisation is not taking part in this meeting')]);
  } else {
    const ok = await ctx.em.execute(
      `select 1 where exists (select 1 from meeting_invitations where meeting_id = ? and user_id = ?)
          or exists (select 1 from memberships ms where ms.user_id = ? and ms.organization_id in (${orgs}))`,
      [m.id, input.ownerUserId, input.ownerUserId, m.id, m.convenerOrgId],
    );
    if (!ok.length) throw badInput([fieldError('ownerUserId', 'action.ownerNotInvited', 'The person is not taking part in this meeting')]);
  }
  const id = randomUUID();
  await ctx.em.execute(
    `insert into action_items (id, meeting_id, title, owner_user_id, owner_org_id, due_date, created_by_user_id) values (?, ?, ?, ?, ?, ?, ?)`,
    [id, m.id, title, input.ownerUserId, input.ownerOrganizationId, input.dueDate, a.userId],
  );
  return (await findActionItem(ctx, a, id))!;
}

/** An action item the person may see: of a visible meeting, or owned by them or their organisation. */
export async function findActionItem(ctx: AppContext, a: Audience, id: string): Promise<ActionItemRow | null> {
  const orgCond = a.orgKind === 'STRUCTURE' ? '' : ' or c.owner_org_id = ?';
  const [row] = await ctx.em.execute<ActionItemRow[]>(
    `select ${ACTION_COLUMNS} from action_items c left join meetings m on m.id = c.meeting_id
      where c.id = ? and (c.owner_user_id = ?${orgCond} or m.convener_org_id = ?
        or exists (select 1 from meeting_invitations vi where vi.meeting_id = c.meeting_id and (vi.user_id = ?${a.orgKind === 'STRUCTURE' ? '' : ' or vi.organization_id = ?'})))`,
    a.orgKind === 'STRUCTURE' ? [id, a.userId, a.orgId, a.userId] : [id, a.userId, a.orgId, a.orgId, a.userId, a.orgId],
  );
  return row ? withDates(row, ['doneAt']) : null;
}

/** The owner (the person, or their organisation's staff) or the minutes' editors mark an action done or not. */
export async function completeActionItem(ctx: AppContext, id: string, done: boolean): Promise<ActionItemRow> {
  const a = audienceOf(ctx);
  const item = await findActionItem(ctx, a, id);
  if (!item) throw notFound('ActionItem');
  const owner = item.ownerUserId === a.userId || (item.ownerOrgId === a.orgId && a.orgKind !== 'STRUCTURE');
  const m = owner ? null : await findMeeting(ctx, a, item.meetingId);
  if (!owner && !(m && canEditMinutes(ctx, a, m))) throw forbidden('Only the owner marks this action');
  await ctx.em.execute(
    `update action_items set done_at = ${done ? 'coalesce(done_at, now())' : 'null'}, done_by_user_id = ?, version = version + 1 where id = ?`,
    [done ? a.userId : null, id],
  );
  return (await findActionItem(ctx, a, id))!;
}

