import { DateTime } from 'luxon';
import type { AppContext } from '../core/context.js';
import { badInput, fieldError, type FieldError } from '../core/errors.js';
import { findFreeSlots, type Slot } from '../calendar/slots.js';
import { DEFAULT_TIME_ZONE, isKnownTimeZone } from './meeting.rules.js';
import { uuidArray } from './meeting.visibility.js';
import { unique } from './meeting.validation.js';

export interface SlotQuery {
  organizationIds: string[];
  userIds: string[];
  durationMinutes: number;
  from: string;
  to: string;
  timeZone?: string | null;
  limit?: number | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Free slots for all the required participants, from their accepted meetings (free/busy only). */
export async function findMeetingSlots(ctx: AppContext, q: SlotQuery): Promise<Slot[]> {
  const errors: FieldError[] = [];
  const zone = q.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isKnownTimeZone(zone)) errors.push(fieldError('timeZone', 'timeZone.unknown', 'Unknown time zone'));
  if (!Number.isInteger(q.durationMinutes) || q.durationMinutes < 15 || q.durationMinutes > 600)
    errors.push(fieldError('durationMinutes', 'duration.range', 'Between 15 and 600 minutes'));
  if (q.limit != null && (q.limit < 1 || q.limit > 100)) errors.push(fieldError('limit', 'too_big', 'Between 1 and 100'));
  const okZone = isKnownTimeZone(zone) ? zone : 'UTC';
  const from = DATE.test(q.from) ? DateTime.fromISO(q.from, { zone: okZone }) : null;
  const to = DATE.test(q.to) ? DateTime.fromISO(q.to, { zone: okZone }) : null;
  if (!from?.isValid) errors.push(fieldError('from', 'date.invalid', 'Not a date (yyyy-MM-dd)'));
  else if (from.year < 2000 || from.year > 2100) errors.push(fieldError('from', 'date.outOfRange', 'Year must be between 2000 and 2100'));
  if (!to?.isValid) errors.push(fieldError('to', 'date.invalid', 'Not a date (yyyy-MM-dd)'));
  else if (to.year < 2000 || to.year > 2100) errors.push(fieldError('to', 'date.outOfRange', 'Year must be between 2000 and 2100'));
  if (from?.isValid && to?.isValid) {
    if (to < from) errors.push(fieldError('to', 'window.endBeforeStart', 'The last day comes before the first'));
    else if (to.diff(from, 'days').days > 62) errors.push(fieldError('to', 'window.tooLong', 'At most 62 days'));
  }
  if (errors.length) throw badInput(errors);
  const start = from!.startOf('day').toUTC().toJSDate();
  const end = to!.endOf('day').toUTC().toJSDate();
  const orgIds = unique(q.organizationIds);
  const userIds = unique(q.userIds);
  const busy = orgIds.length || userIds.length
    ? await ctx.em.execute<{ start: Date; end: Date }[]>(
        `select distinct b.starts_at as start, b.ends_at as "end" from meeting_busy(?::uuid[], ?::uuid[], ?, ?, null) b`,
        [uuidArray(orgIds), uuidArray(userIds), start, end],
      )
    : [];
  const intervals = busy.map((b) => ({ start: new Date(String(b.start)), end: new Date(String(b.end)) }));
  return findFreeSlots({ from: start, to: end, durationMinutes: q.durationMinutes, busy: intervals, zone, limit: q.limit ?? 20 });
}
