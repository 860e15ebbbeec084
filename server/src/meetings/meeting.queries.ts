import DataLoader from 'dataloader';
import type { AppContext } from '../core/context.js';
import { loader } from '../core/context.js';
import { inList } from '../core/sql.js';
import type { Page } from '../core/relay.js';
import { meetingVisible, type Audience } from './meeting.visibility.js';
import { MAX_MULTI_DAY_DAYS } from './meeting.rules.js';
import { MEETING_COLUMNS, fixMeeting, withDates, type ActionItemRow, type InvitationRow, type MeetingRow, type MeetingStatusValue } from './meeting.rows.js';

export interface MeetingWindow {
  from: Date;
  to: Date;
  workingGroupId?: string | null;
  status?: MeetingStatusValue | null;
}

/** Meetings overlapping a window, visible to the audience: one statement, total included. */
export async function listMeetings(ctx: AppContext, a: Audience, w: MeetingWindow, page: Page): Promise<{ rows: MeetingRow[]; total: number }> {
  const v = meetingVisible(a);
  const extra: string[] = [];
  // Meetings last at most MAX_MULTI_DAY_DAYS: a lower bound on the start keeps the index range short.
  const params: unknown[] = [w.to, new Date(w.from.getTime() - MAX_MULTI_DAY_DAYS * 86400_000), w.from, ...v.params];
  if (w.workingGroupId) {
    extra.push('and m.working_group_id = ?');
    params.push(w.workingGroupId);
  }
  if (w.status) {
    extra.push('and m.status = ?');
    params.push(w.status);
  }
  const rows = await ctx.em.execute<(MeetingRow & { total: string })[]>(
    `select ${MEETING_COLUMNS}, count(*) over () as total from meetings m
      where m.starts_at < ? and m.starts_at > ? and m.ends_at > ? and ${v.sql} ${extra.join(' ')}
      order by m.starts_at, m.id limit ? offset ?`,
    [...params, page.limit, page.offset],
  );
  return { rows: rows.map(fixMeeting), total: rows.length ? Number(rows[0].total) : 0 };
}

/** All meetings of the audience in a window, for the calendar feed (bounded window). */
export async function meetingsForFeed(ctx: AppContext, a: Audience, from: Date, to: Date): Promise<MeetingRow[]> {
  const v = meetingVisible(a);
  const rows = await ctx.em.execute<MeetingRow[]>(
    `select ${MEETING_COLUMNS} from meetings m where m.starts_at < ? and m.ends_at > ? and ${v.sql} order by m.starts_at limit 2000`,
    [to, from, ...v.params],
  );
  return rows.map(fixMeeting);
}

export function meetingLoader(ctx: AppContext, a: Audience) {
  return loader(ctx, `meetingById:${a.orgId}:${a.userId}`, () =>
    new DataLoader<string, MeetingRow | null>(async (ids) => {
      const v = meetingVisible(a);
      const rows = await ctx.em.execute<MeetingRow[]>(`select ${MEETING_COLUMNS} from meetings m where m.id in (${inList(ids)}) and ${v.sql}`, [...ids, ...v.params]);
      const byId = new Map(rows.map((r) => [r.id, fixMeeting(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/** A visible meeting, or null (invisible and missing answer the same). */
export const findMeeting = (ctx: AppContext, a: Audience, id: string) => meetingLoader(ctx, a).load(id);

/** Rows of a child table for a batch of meetings, with the visibility written out again. */
function childLoader<R extends { meetingId: string }>(ctx: AppContext, a: Audience, name: string, select: string, from: string, order: string, dates: (keyof R)[] = []) {
  return loader(ctx, `${name}:${a.orgId}:${a.userId}`, () =>
    new DataLoader<string, R[]>(async (ids) => {
      const v = meetingVisible(a);
      const rows = await ctx.em.execute<R[]>(
        `select ${select} from ${from} join meetings m on m.id = c.meeting_id where c.meeting_id in (${inList(ids)}) and ${v.sql} order by ${order}`,
        [...ids, ...v.params],
      );
      const by = new Map<string, R[]>(ids.map((id) => [id, []]));
      for (const r of rows) by.get(r.meetingId)?.push(withDates(r, dates));
      return ids.map((id) => by.get(id) ?? []);
    }),
  );
}

export const invitationsLoader = (ctx: AppContext, a: Audience) =>
  childLoader<InvitationRow>(
    ctx,
    a,
    'meetingInvitations',
    `c.id, c.meeting_id as "meetingId", c.organization_id as "organizationId", c.user_id as "userId", c.required, c.answer, c.comment,
     c.answered_at as "answeredAt", c.answered_by_user_id as "answeredByUserId"`,
    'meeting_invitations c',
    'c.user_id nulls first, c.created_at, c.id',
    ['answeredAt'],
  );

export const agendaLoader = (ctx: AppContext, a: Audience) =>
  childLoader<{ meetingId: string; position: number; title: string }>(ctx, a, 'agendaItems', `c.meeting_id as "meetingId", c.position, c.title`, 'agenda_items c', 'c.position');

export const decisionsLoader = (ctx: AppContext, a: Audience) =>
  childLoader<{ meetingId: string; position: number; text: string }>(ctx, a, 'decisions', `c.meeting_id as "meetingId", c.position, c.text`, 'decisions c', 'c.position');

export const minutesLoader = (ctx: AppContext, a: Audience) =>
  childLoader<{ meetingId: string; body: string; version: number; updatedAt: Date; updatedByUserId: string | null }>(
    ctx,
    a,
    'meetingMinutes',
    `c.meeting_id as "meetingId", c.body, c.version, c.updated_at as "updatedAt", c.updated_by_user_id as "updatedByUserId"`,
    'meeting_minutes c',
    'c.meeting_id',
    ['updatedAt'],
  );

export const ACTION_COLUMNS = `c.id, c.meeting_id as "meetingId", m.title as "meetingTitle", c.title, c.owner_user_id as "ownerUserId",
  c.owner_org_id as "ownerOrgId", to_char(c.due_date, 'YYYY-MM-DD') as "dueDate", c.done_at as "doneAt", c.version`;

export const actionItemsLoader = (ctx: AppContext, a: Audience) =>
  childLoader<ActionItemRow>(ctx, a, 'actionItems', ACTION_COLUMNS, 'action_items c', 'c.due_date nulls last, c.created_at', ['doneAt']);

/** Action items the person owns, or their organisation owns (not for a structure account's colleagues). */
export async function myActionItems(ctx: AppContext, a: Audience, includeDone: boolean): Promise<ActionItemRow[]> {
  const orgCond = a.orgKind === 'STRUCTURE' ? '' : ' or c.owner_org_id = ?';
  const rows = await ctx.em.execute<ActionItemRow[]>(
    `select ${ACTION_COLUMNS} from action_items c left join meetings m on m.id = c.meeting_id
      where (c.owner_user_id = ?${orgCond}) ${includeDone ? '' : 'and c.done_at is null'}
      order by c.done_at nulls first, c.due_date nulls last, c.created_at limit 200`,
    a.orgKind === 'STRUCTURE' ? [a.userId] : [a.userId, a.orgId],
  );
  return rows.map((r) => withDates(r, ['doneAt']));
}

/** Display names of people, batched. Names of people met in visible meetings only are asked for. */
export function personLoader(ctx: AppContext) {
  return loader(ctx, 'meetingPersonById', () =>
    new DataLoader<string, { id: string; displayName: string } | null>(async (ids) => {
      const rows = await ctx.em.execute<{ id: string; displayName: string }[]>(
        `select id, display_name as "displayName" from users where id in (${inList(ids)})`,
        [...ids],
      );
      const by = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => by.get(id) ?? null);
    }),
  );
}
