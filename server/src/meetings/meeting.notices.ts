import type { AppContext } from '../core/context.js';
import { inList } from '../core/sql.js';
import type { Audience } from './meeting.visibility.js';
import { withDates } from './meeting.rows.js';

export type NoticeKind = 'INVITED' | 'UPDATED' | 'CANCELLED';

/** Tells every invitee (the people of invited organisations, and invited people) but the author. */
export async function notifyInvitees(ctx: AppContext, a: Audience, meetingId: string, kind: NoticeKind): Promise<void> {
  await ctx.em.execute(
    `insert into meeting_notices (id, user_id, meeting_id, kind)
     select gen_random_uuid(), x.u, ?, ? from (
       select ms.user_id as u from memberships ms
        where ms.organization_id in (select organization_id from meeting_invitations where meeting_id = ? and user_id is null)
       union
       select user_id from meeting_invitations where meeting_id = ? and user_id is not null
     ) x where x.u <> ?`,
    [meetingId, kind, meetingId, meetingId, a.userId],
  );
}

export interface NoticeRow {
  id: string;
  kind: NoticeKind;
  createdAt: Date;
  readAt: Date | null;
  meetingId: string;
  meetingTitle: string | null;
  startsAt: Date | null;
}

/** The person's latest notices (their own rows; the meeting's title only when they still see it). */
export async function listNotices(ctx: AppContext, a: Audience, unreadOnly: boolean): Promise<NoticeRow[]> {
  const rows = await ctx.em.execute<NoticeRow[]>(
    `select n.id, n.kind, n.created_at as "createdAt", n.read_at as "readAt", n.meeting_id as "meetingId",
            m.title as "meetingTitle", m.starts_at as "startsAt"
       from meeting_notices n left join meetings m on m.id = n.meeting_id
      where n.user_id = ? ${unreadOnly ? 'and n.read_at is null' : ''}
      order by n.created_at desc limit 50`,
    [a.userId],
  );
  return rows.map((r) => withDates(r, ['createdAt', 'readAt', 'startsAt']));
}

export async function unreadNoticeCount(ctx: AppContext, a: Audience): Promise<number> {
  const [r] = await ctx.em.execute<{ n: number }[]>(`select count(*)::int as n from meeting_notices where user_id = ? and read_at is null`, [a.userId]);
  return r?.n ?? 0;
}

/** Marks the given notices (or all) read; returns how many changed. */
export async function markNoticesRead(ctx: AppContext, a: Audience, ids: string[] | null): Promise<number> {
  const rows = await ctx.em.execute<{ id: string }[]>(
    `update meeting_notices set read_at = now() where user_id = ? and read_at is null ${ids ? `and id in (${inList(ids)})` : ''} returning id`,
    [a.userId, ...(ids ?? [])],
  );
  return rows.length;
}
